using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The paragraph straight after a lead-in that ends with a colon and reports someone's words.</summary>
public sealed class LedInQuotationsTests
{
    // The mask marks each paragraph read as led in with "+".
    [Theory]
    [InlineData("Greenwald wrote:\n\nThe program may be illegal.\n\nThe vote passed.", "-+-")]
    [InlineData("McConnell continued:\n\nThe bill may fail.", "-+")]
    [InlineData("The statement read, in part:\n\nThe bill may fail.", "-+")]
    // No reporting verb, but the paragraph speaks as "I" in a report whose author never does.
    [InlineData("James offered the following response on Monday:\n\nI think the plan may fail.", "-+")]
    // The author's list or case; the author's own verb; a heading's capitalised verb; page furniture; a columnist's "I".
    [InlineData("Here are the numbers:\n\nThe plan may fail.", "--")]
    [InlineData("Here is what I found:\n\nThe plan may fail.", "--")]
    [InlineData("I then replied:\n\nThe plan may fail.", "--")]
    [InlineData("Key Reads:\n\nThe plan may fail.", "--")]
    [InlineData("Advertisement:\n\nI think the plan may fail.", "--")]
    [InlineData("I doubt it.\n\nThe answer is simple:\n\nI think the plan may fail.", "---")]
    // No colon.
    [InlineData("Greenwald wrote this.\n\nThe program may be illegal.", "--")]
    public void Reads_the_paragraph_after_a_lead_in_as_someones_text(string text, string mask)
    {
        var document = SemanticsFixture.Of(text).Document;

        Assert.Equal(
            mask,
            string.Concat(document.Document.Blocks.Select(block => LedInQuotations.IsLedIn(document, block) ? '+' : '-')));
    }
}
