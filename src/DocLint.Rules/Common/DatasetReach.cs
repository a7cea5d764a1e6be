namespace DocLint.Rules.Common;

/// <summary>How far back a named dataset covers a later sentence (<see cref="DatasetMentions.Covers"/>).</summary>
internal enum DatasetReach
{
    /// <summary>
    /// Earlier in the sentence's paragraph. The guidelines look for a figure's source in its paragraph (section 4) and
    /// make a dataset named paragraphs earlier only borderline cover (section 5); read over a whole section, a poll or
    /// review named once went on covering figures about other things ("The 30-minute call begins…" paragraphs after a
    /// review of the call).
    /// </summary>
    Paragraph,

    /// <summary>Earlier in the sentence's section (headings divide sections).</summary>
    Section,
}
