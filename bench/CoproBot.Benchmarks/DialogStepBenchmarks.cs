using BenchmarkDotNet.Attributes;
using CoproBot.Bot.State;
using CoproBot.Dialogs.Engine;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;

namespace CoproBot.Benchmarks;

/// <summary>One turn inside a reflection on ESTHER, against a bare turn through the same test adapter: the ratios are what the dialog and its state cost.</summary>
/// <remarks>
/// The store is in memory, so the disk is left out (<see cref="StateRoundTripBenchmarks"/> measures it). Before each turn
/// the person's stored state is put back as it was, so every operation takes the same step of the same reflection.
/// </remarks>
[MemoryDiagnoser]
public class DialogStepBenchmarks
{
    private ReflectionHarness _harness = null!;
    private MemoryTableStore _store = null!;
    private IStatePropertyAccessor<DialogState> _dialogState = null!;
    private StoredEntity _awaitingQuestion = null!;
    private StoredEntity _awaitingRating = null!;
    private StoredEntity _awaitingNote = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "Bare turn: one reply, no state")]
    public Task BareTurn() => TurnAsync(ReflectionHarness.Answers[1], EchoAsync);

    [Benchmark(Description = "Read and save the reflection's state, no dialog")]
    public Task StateOnly()
    {
        _store.Restore(TableBotStorage.Table, _awaitingRating);
        return TurnAsync("mostly", LoadAndSaveAsync);
    }

    [Benchmark(Description = "Reflection: answer question 2")]
    public Task AnswerQuestion()
    {
        _store.Restore(TableBotStorage.Table, _awaitingQuestion);
        return TurnAsync(ReflectionHarness.Answers[1], _harness.ReflectAsync);
    }

    [Benchmark(Description = "Reflection: rate principle 2")]
    public Task RatePrinciple()
    {
        _store.Restore(TableBotStorage.Table, _awaitingRating);
        return TurnAsync("mostly", _harness.ReflectAsync);
    }

    [Benchmark(Description = "Reflection: skip principle 2's note")]
    public Task SkipNote()
    {
        _store.Restore(TableBotStorage.Table, _awaitingNote);
        return TurnAsync("skip", _harness.ReflectAsync);
    }

    private async Task SetupAsync()
    {
        _store = new MemoryTableStore();
        _harness = new ReflectionHarness(_store);
        _dialogState = _harness.State.CreateProperty<DialogState>("ReflectionDialogState");
        await _harness.ExpectAsync(ReflectionHarness.Start, "Let's reflect on **Case 1: ESTHER**");
        await _harness.ExpectAsync(ReflectionHarness.Answers[0], "Question 2 of 3");
        _awaitingQuestion = await _harness.StoredStateAsync();
        await _harness.ExpectAsync(ReflectionHarness.Answers[1], "Question 3 of 3");
        await _harness.ExpectAsync(ReflectionHarness.Answers[2], "Principle 1 of 6");
        await _harness.ExpectAsync("4", "Any note on");
        await _harness.ExpectAsync("skip", "Principle 2 of 6");
        _awaitingRating = await _harness.StoredStateAsync();
        await _harness.ExpectAsync("mostly", "Any note on");
        _awaitingNote = await _harness.StoredStateAsync();
        await _harness.ExpectAsync("skip", "Principle 3 of 6");

        // Each benchmark's own step, once, so a broken setup fails here rather than measuring something else.
        _store.Restore(TableBotStorage.Table, _awaitingQuestion);
        await _harness.ExpectAsync(ReflectionHarness.Answers[1], "Question 3 of 3");
        _store.Restore(TableBotStorage.Table, _awaitingRating);
        await _harness.ExpectAsync("mostly", "Any note on");
        _store.Restore(TableBotStorage.Table, _awaitingNote);
        await _harness.ExpectAsync("skip", "Principle 3 of 6");
    }

    private async Task TurnAsync(string text, BotCallbackHandler handler)
    {
        await _harness.Adapter.ProcessActivityAsync(MessageFactory.Text(text), handler, CancellationToken.None);
        _harness.Adapter.ActiveQueue.Clear();
    }

    private static Task EchoAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);

    // What a turn pays for its state alone: the read, the typed dialog stack, and a save (forced, as nothing changed).
    private async Task LoadAndSaveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogs = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        await _dialogState.SetAsync(turnContext, dialogs, cancellationToken);
        await _harness.State.SaveChangesAsync(turnContext, force: true, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
