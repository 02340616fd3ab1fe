using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;

namespace PartnershipBot.Turns;

/// <summary>
/// The domain input of an activity; or nothing to do; or an invoke that is answered with an error
/// straight away; or the app being removed from the conversation.
/// </summary>
internal sealed record MappedInput(UserInput? Input, InvokeResponse? Rejection, bool AppRemoved)
{
    public static MappedInput None { get; } = new(null, null, false);

    public static MappedInput Removed { get; } = new(null, null, true);

    public static MappedInput Of(UserInput input) => new(input, null, false);

    public static MappedInput Invalid(InvokeResponse rejection) => new(null, rejection, false);
}
