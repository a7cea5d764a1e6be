namespace DocLint.Evaluation;

/// <summary>A named certain/uncertain set; HeldOut marks the sets not used for tuning; Genre is the doclint_genre its
/// prose is (research for the bio sets, reference for the Wikipedia ones).</summary>
public sealed record UncertaintySet(string Name, IReadOnlyList<LabelledSentence> Sentences, bool HasCues, bool HeldOut, string Genre);
