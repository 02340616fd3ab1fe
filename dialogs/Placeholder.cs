namespace PartnershipBot.Dialogs;
internal static class Placeholder;
