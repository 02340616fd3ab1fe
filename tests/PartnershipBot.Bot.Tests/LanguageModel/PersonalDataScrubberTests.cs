using PartnershipBot.LanguageModel;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>What is removed before text leaves the bot, and what stays so the question still makes sense.</summary>
public sealed class PersonalDataScrubberTests
{
    [Theory]
    [InlineData("Mail jan.devries@gemeente.nl even.", "Mail [e-mail] even.")]
    [InlineData("Bel mij op 06-12345678 of +31 30 123 4567.", "Bel mij op [telefoon] of [telefoon].")]
    // A capitalised word before a name goes too: broad on purpose.
    [InlineData("Wethouder De Vries wil dat meteen.", "[naam] wil dat meteen.")]
    [InlineData("Ik sprak met Anna Bakker van der Berg over de GR.", "Ik sprak met [naam] over de GR.")]
    [InlineData("Jan de Vries zegt dat de begroting klopt.", "[naam] zegt dat de begroting klopt.")]
    [InlineData("The director, Mr Smith, reported green.", "The director, [naam], reported green.")]
    public void Scrub_PersonalData_IsReplacedByAPlaceholder(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));
    }

    [Theory]
    [InlineData("De GR en het AB kregen 1.500.000 euro minder in 2025.")]
    [InlineData("Hoe leg ik de gemeenteraad uit dat de besparing pas later komt?")]
    public void Scrub_TextWithoutPersonalData_StaysAsItIs(string text)
    {
        Assert.Equal(text, PersonalDataScrubber.Scrub(text));
    }
}
