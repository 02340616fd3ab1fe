using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Loading;

/// <summary>Whole-bank rules: context complete, quick check small and covering, full check per role 20–30 with ≥3 per pitfall.</summary>
internal static class BankRules
{
    public const int QuickMax = 8;
    public const int FullMin = 20;
    public const int FullMax = 30;
    public const int PerPitfallMin = 3;

    public static void Check(ItemBank bank, Problems problems)
    {
        var where = $"bank {bank.Version}";
        foreach (var dimension in Enum.GetValues<ContextDimension>())
        {
            var count = bank.ContextItems.Count(c => c.Dimension == dimension);
            if (count != 1)
            {
                problems.Add($"{where}: needs exactly one context question for '{dimension.ToString().ToLowerInvariant()}', found {count}");
            }
        }

        var quick = bank.Items.Where(i => i.InQuick).ToList();
        if (quick.Count is 0 or > QuickMax)
        {
            problems.Add($"{where}: the quick check has {quick.Count} questions; it needs 1 to {QuickMax}");
        }

        foreach (var item in quick.Where(i => !i.InFull || i.Roles.Count < Enum.GetValues<Role>().Length))
        {
            problems.Add($"{where}: quick item '{item.Id}' must apply to every role and also be in the full check");
        }

        foreach (var pitfall in bank.Pitfalls.Where(p => !quick.Any(i => Touches(i, p))))
        {
            problems.Add($"{where}: the quick check does not cover pitfall '{pitfall.Id}'");
        }

        foreach (var role in Enum.GetValues<Role>())
        {
            var full = bank.ItemsFor(CheckKind.Full, role);
            if (full.Count is < FullMin or > FullMax)
            {
                problems.Add($"{where}: the full check for role '{RoleText(role)}' has {full.Count} questions; it needs {FullMin} to {FullMax}");
            }

            foreach (var pitfall in bank.Pitfalls)
            {
                var covering = full.Count(i => Touches(i, pitfall));
                if (covering < PerPitfallMin)
                {
                    problems.Add($"{where}: the full check for role '{RoleText(role)}' covers pitfall '{pitfall.Id}' with {covering} items; it needs at least {PerPitfallMin}");
                }
            }
        }
    }

    /// <summary>An item informs a pitfall when it weighs the pitfall itself or the lesson protecting against it.</summary>
    public static bool Touches(Item item, PitfallDefinition pitfall) =>
        item.Pitfalls.ContainsKey(pitfall.Id) || item.Lessons.ContainsKey(pitfall.LessonId);

    private static string RoleText(Role role) => role.ToString().ToLowerInvariant();
}
