namespace DocLint.Evaluation;

/// <summary>What to evaluate. PeerSample caps each uncertainty set for the slow peers (fixed seed).</summary>
public sealed record EvaluationOptions(string SharedDirectory, bool Peers, int PeerSample, string? ErrorsFor, string CacheDirectory);
