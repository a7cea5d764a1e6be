using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>Transcript turns and embedded tweets read from a paragraph's text: each span's exact text, and the guards that stay prose.</summary>
public sealed class SpeakerTurnsTests
{
    private static readonly HashSet<string> NoAskers = [];

    // Each turn runs from its label's colon to the next label or the paragraph's end; spans are joined with "|".
    [Theory]
    [InlineData("TRUMP: We will win. CLINTON: We will see.", " We will win. | We will see.")]
    [InlineData("Q: Why now? A: Because it was time.", " Why now? | Because it was time.")]
    // A role in brackets between the name and the colon, as some networks print it.
    [InlineData("SEN. KAMALA HARRIS (D-CA): We must act.", " We must act.")]
    // A surname's particle in lower case inside a name in capitals (class-name-particles).
    [InlineData("BILL McKIBBEN: It was hot.", " It was hot.")]
    // A turn run into the previous one after a dash.
    [InlineData("TRUMP: We won \u2014 CLINTON: No.", " We won \u2014 | No.")]
    // A mixed-case full name whose turn speaks as "I".
    [InlineData("Nick Gillespie: I think it will pass.", "I think it will pass.")]
    // A tweet before its signature, and one whose signature the page put in the next paragraph.
    [InlineData("We will win. \u2014 Donald Trump (@realDonaldTrump) June 26, 2013", "We will win. ")]
    [InlineData("We will win. \u2014", "We will win. ")]
    public void Reads_each_turn_and_tweet_of_a_paragraph(string text, string expected)
    {
        var spans = SpeakerTurns.ReadBlock(text);

        Assert.Equal(expected, string.Join("|", spans.Select(span => text.Substring(span.Start, span.Length))));
    }

    [Theory]
    // A page's label, a section's label in mixed case, a determiner's, a possessive heading.
    [InlineData("UPDATE (May 29, 7:53 p.m.): The vote passed.")]
    [InlineData("Immigration: 26 states sued.")]
    [InlineData("The numbers: five and six.")]
    [InlineData("Trump's First Year: I think it went well.")]
    // A mixed-case full name whose turn says no "I", "we" or "you" (outside its quotation marks), or one word alone.
    [InlineData("Nick Gillespie: The bill passed.")]
    [InlineData("Nick Gillespie: The senator said \"I will win.\"")]
    [InlineData("Consider: I think it will pass.")]
    // A colon that no label stands before: a time, a lead-in.
    [InlineData("The polls closed at 7:30 in the evening.")]
    [InlineData("He said: the plan will fail.")]
    public void Reads_no_turn_where_no_speaker_is_labelled(string text)
    {
        Assert.Empty(SpeakerTurns.ReadBlock(text));
    }

    [Fact]
    public void Reads_a_mixed_case_label_without_a_pronoun_in_a_conversation()
    {
        const string text = "Nick Gillespie: The bill passed.";

        var turns = SpeakerTurns.ReadTurns(text, conversation: true, NoAskers);

        Assert.Equal("The bill passed.", text[turns.Spans.Single().Start..]);
    }

    [Fact]
    public void Reads_no_mixed_case_turn_of_an_asker()
    {
        Assert.Empty(SpeakerTurns.ReadTurns("Nick Gillespie: I think so.", conversation: true, new HashSet<string> { "Nick Gillespie" }).Spans);
    }

    [Fact]
    public void Keeps_the_turns_of_one_sentence_only()
    {
        var fixture = SemanticsFixture.Of("TRUMP: We will win. We will see.", 1);
        var text = fixture.Sentence.Block.Text;

        var turns = SpeakerTurns.Read(fixture.Sentence);

        Assert.Equal(" We will win. We will see.", text.Substring(turns.Single().Start, turns.Single().Length));
    }

    [Theory]
    [InlineData("TRUMP", true)]
    [InlineData("BILL McKIBBEN", true)]
    [InlineData("DeVOS", true)]
    [InlineData("Trump", false)]
    [InlineData("BILL McKibben", false)]
    [InlineData("BILL XyKIBBEN", false)]
    public void Tells_a_label_in_capitals(string label, bool expected)
    {
        Assert.Equal(expected, SpeakerTurns.IsCapitalName(label));
    }

    [Theory]
    [InlineData("We will win, I think.", true)]
    [InlineData("You know it.", true)]
    [InlineData("He said \"we will win.\"", false)]
    [InlineData("The bill passed.", false)]
    public void Tells_a_turn_that_speaks_in_person(string turn, bool expected)
    {
        Assert.Equal(expected, SpeakerTurns.SpeaksInPerson(turn));
    }

    [Theory]
    [InlineData(" Why now? ", true)]
    [InlineData(" Did he say \"why?\" ", true)]
    [InlineData(" (Was it?)", true)]
    [InlineData(" Right.", false)]
    [InlineData(" Why? Because.", false)]
    public void Tells_a_turn_that_hands_over_with_a_question(string turn, bool expected)
    {
        Assert.Equal(expected, SpeakerTurns.EndsOnQuestion(turn));
    }

    [Fact]
    public void Lists_each_label_with_whether_its_text_asks()
    {
        var labels = SpeakerTurns.Labels("Libby Nelson: Why? KLEIN: Because. Q: When?").ToList();

        Assert.Equal([("Libby Nelson", true), ("KLEIN", false), ("Q", true)], labels);
    }

    [Fact]
    public void Lists_only_the_labels_in_capitals_with_where_they_stand()
    {
        var labels = SpeakerTurns.CapitalLabels("TRUMP: We won. Update: none. A: Yes.").ToList();

        Assert.Equal([("TRUMP", 0), ("A", 29)], labels);
    }
}
