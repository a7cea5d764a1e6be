using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Rules.Semantics;

/// <summary>The transcript turns and embedded tweets of one paragraph (<see cref="SpeakerTurns.ReadBlock"/>), or the whole
/// paragraph after a lead-in (<see cref="LedInQuotations"/>), read once
/// and kept on the paragraph's first sentence.</summary>
internal sealed record BlockTurns(ImmutableArray<TextSpan> Spans);
