using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>What a command does in one status of a session: a handler to run, an answer without one, or nothing.</summary>
/// <param name="Handler">What is done; null when nothing is done with the command in this status.</param>
/// <param name="Answer">
/// What is said when the handler is not run (not allowed now, or not by this person) or declines; null when the message
/// is not for the session at all, and the rest of the bot may have it. It is made in the language of the person it
/// answers, since the table is built once for every session and every language.
/// </param>
/// <param name="SteerersOnly">Only someone who may steer the session runs the handler; anyone else gets the answer.</param>
internal sealed record GroupRoute(GroupHandler? Handler, Func<Language, GroupReply>? Answer = null, bool SteerersOnly = false)
{
    public static readonly GroupRoute NotForTheSession = new(Handler: null);
}
