using System.Collections.Immutable;

namespace DocLint.Rules.Hedging;

/// <summary>
/// A word or listed phrase that may be a hedge (tokens <see cref="Start"/> to <see cref="End"/>, exclusive), the cue
/// that names it, and the features the hedge model scores it by.
/// </summary>
internal sealed record HedgeCandidate(int Start, int End, string Cue, ImmutableArray<string> Features);
