using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Rules.Semantics;

/// <summary>The transcript turns and embedded tweets of one paragraph (<see cref="SpeakerTurns.ReadTurns"/>), or the whole
/// paragraph after a lead-in (<see cref="LedInQuotations"/>), read once and kept on the paragraph's first sentence.
/// <paramref name="Spoken"/> holds those of them whose speaker the page names: a labelled turn other than an
/// interviewer's "Q:", or the paragraph after a lead-in; not a tweet.</summary>
internal sealed record BlockTurns(ImmutableArray<TextSpan> Spans, ImmutableArray<TextSpan> Spoken);
