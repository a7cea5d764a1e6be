namespace DocLint.Evaluation;

/// <summary>One set as the peers see it: its texts, DocLint's row on the same texts (if any), and how to score a peer.</summary>
public sealed record PeerSet(
    string Name,
    IReadOnlyList<string> Texts,
    Action? WriteDocLint,
    Action<string, IReadOnlyList<IReadOnlyList<Finding>>> Score);
