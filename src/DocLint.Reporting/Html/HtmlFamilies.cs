using DocLint.Diagnostics;

namespace DocLint.Reporting.Html;

/// <summary>The CSS class of each rule family; a category the page has no colour for is "other".</summary>
internal static class HtmlFamilies
{
    public static string ClassOf(string category) => category switch
    {
        RuleCategories.Hedging => "hedging",
        RuleCategories.Figures => "figures",
        RuleCategories.Sources => "sources",
        RuleCategories.Certainty => "certainty",
        RuleCategories.Claims => "claims",
        RuleCategories.Infrastructure => "infrastructure",
        _ => "other",
    };

    /// <summary>The families a writer sees highlighted in prose, in the legend's order.</summary>
    public static IReadOnlyList<string> Prose { get; } =
        [RuleCategories.Hedging, RuleCategories.Figures, RuleCategories.Sources, RuleCategories.Certainty, RuleCategories.Claims];
}
