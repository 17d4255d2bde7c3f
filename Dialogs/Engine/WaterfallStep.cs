namespace CoproBot.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog"/>: usually asks something, or acts on the last answer.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
