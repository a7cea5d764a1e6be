namespace DocLint.Scoring;

/// <summary>The score of one section (the text under a Markdown heading); <see cref="Title"/> is null before the first heading.</summary>
public sealed record SectionScore(string? Title, int Value, string Grade, bool IsRated, ScoreTally Tally);
