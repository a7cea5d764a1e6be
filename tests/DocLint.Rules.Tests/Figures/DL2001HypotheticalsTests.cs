using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>DL2001 on hypotheticals (HypotheticalReader): a figure a condition, its consequence or an option supposes.</summary>
public sealed class DL2001HypotheticalsTests
{
    [Theory]
    [InlineData("If Trump can win the state, he could collect 45 delegates.")]
    [InlineData("He could collect 45 delegates if Trump wins the state.")]
    [InlineData("Even if only 1 percent of the population was tested, there would be 20,000 false negatives.")]
    [InlineData("We could have saved thousands of lives had the virus been taken more seriously.")]
    [InlineData("Suppose a tax cut of $1 trillion were passed.")]
    [InlineData("It would be much better if his approval rating were 50 percent.")]
    [InlineData("A leadership challenge can be triggered if 48 lawmakers submit letters.")]
    [InlineData("They asked the students what they would do if they came into $1,000.")]
    [InlineData("He could give each American $1.")]
    [InlineData("Those on welfare would have the option to collect their benefits or get the $1,000.")]
    [InlineData("Yang's plan to pay for it would be to institute a tax of 10 percent.")]
    [InlineData("Alternatively, candidates could satisfy the requirement by reaching 6% in two polls.")]
    // A consequent's figure up to twelve words after its modal.
    [InlineData("If he lost there, it could make it very hard to get to 1,237.")]
    [InlineData("If the Democrats do not win, the party will keep a solid hold on government for at least another 10 elections.")]
    // A consequent with no modal: the present-tense main clause after a leading condition.
    [InlineData("If convicted, each of them faces up to 20 years behind bars.")]
    [InlineData("If he wins 39 districts, he gets 130 delegates.")]
    [InlineData("If the judge issues an order, it lasts for 364 days.")]
    [InlineData("If the company fails, it owes the government as much as $2.2 billion.")]
    public void Does_not_report_a_figure_a_hypothetical_supposes(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    [InlineData("Even if a few teams did make changes, there are still {|DL2001:more than 2,200|} high schools that use the names.")]
    [InlineData("Looking back, recall if you will Nixon's loss to Kennedy by {|DL2001:112,000|} votes.")]
    [InlineData("Looking back, recall, if you will, Nixon's loss to Kennedy by {|DL2001:112,000|} votes.")]
    [InlineData("If the chaos continues, it will pull out of the exchanges, throwing {|DL2001:300,000|} people off their insurance.")]
    [InlineData("But even if Congress did pass much tighter restrictions on families, authorities would still have to process the {|DL2001:nearly 4 million|} people already on the waiting list.")]
    [InlineData("Alternatively, white people make up {|DL2001:64%|} of confirmed cases in the state.")]
    [InlineData("If we do nothing, {|DL2001:12 million|} more immigrants will come.")]
    [InlineData("If they lose, the party would still need to win the {|DL2001:more than 40|} seats it already holds.")]
    // A verbless "if" concedes a word and supposes nothing after it; "the" points at what exists.
    [InlineData("It was a striking, if partial, break with {|DL2001:more than 30|} years of hostility.")]
    [InlineData("If the bill passes, it covers the {|DL2001:nearly 4 million|} people already on the waiting list.")]
    public void Reports_a_figure_the_hypothetical_only_describes(string markup) => Verify.VerifyMarkdown(markup);
}
