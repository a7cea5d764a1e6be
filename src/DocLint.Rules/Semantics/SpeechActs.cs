using DocLint.Lexicons;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The verbs of saying by which a person's own act is reported ("said", "added", "told", "tweeted", "wrote"; not
/// "showed" or "found"), under rules/lexicons/speech-acts.txt. A written statement is the writer's act as a spoken one
/// is: without "wrote"/"writes" the allsides run lost 12 vague roles ("the unnamed official wrote") and gained 1,574
/// DL5001 claims beside a writer's report (docs/quality.md, mend49). The semantic layer owns the list because more
/// than one rule reads it: ReportingVerbReader (a contraction's verb), DL3001 (a role joined with its verb) and DL5001 (a named source's act).
/// </summary>
internal static class SpeechActs
{
    private static readonly Lazy<Lexicon> VerbsLazy =
        new(() => Lexicon.Parse("speech-acts", RuleLexicons.ReadResource("speech-acts")), LazyThreadSafetyMode.ExecutionAndPublication);

    public static Lexicon Verbs => VerbsLazy.Value;
}
