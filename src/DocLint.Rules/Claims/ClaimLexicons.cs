using DocLint.Lexicons;
using DocLint.Rules.Common;

namespace DocLint.Rules.Claims;

/// <summary>The claims rule's word lists under rules/lexicons (claim-*.txt), embedded at build and parsed once.</summary>
internal static class ClaimLexicons
{
    private static readonly Lazy<Lexicon> OpinionLazy = Load("claim-opinion-markers");
    private static readonly Lazy<Lexicon> PrescriptiveLazy = Load("claim-prescriptive");
    private static readonly Lazy<Lexicon> InstructionLazy = Load("claim-instruction-openers");
    private static readonly Lazy<Lexicon> FurnitureLazy = Load("claim-furniture");
    private static readonly Lazy<Lexicon> BackReferencesLazy = Load("claim-back-references");
    private static readonly Lazy<Lexicon> DataNounsLazy = Load("claim-data-nouns");
    private static readonly Lazy<Lexicon> FiniteVerbsLazy = Load("claim-finite-verbs");
    private static readonly Lazy<Lexicon> EvaluativeLazy = Load("claim-evaluative-adjectives");
    private static readonly Lazy<Lexicon> DocumentNamesLazy = Load("claim-document-names");
    private static readonly Lazy<Lexicon> CaseVersusLazy = Load("class-case-versus-marks");

    public static Lexicon OpinionMarkers => OpinionLazy.Value;

    public static Lexicon Prescriptive => PrescriptiveLazy.Value;

    public static Lexicon InstructionOpeners => InstructionLazy.Value;

    public static Lexicon Furniture => FurnitureLazy.Value;

    public static Lexicon BackReferences => BackReferencesLazy.Value;

    public static Lexicon DataNouns => DataNounsLazy.Value;

    public static Lexicon FiniteVerbs => FiniteVerbsLazy.Value;

    public static Lexicon EvaluativeAdjectives => EvaluativeLazy.Value;

    public static Lexicon DocumentNames => DocumentNamesLazy.Value;

    /// <summary>
    /// <see cref="WordClasses.CaseVersusMarks"/>' list as a lexicon, so the sentence's one lexicon pass marks its words for
    /// the document-subject test (ClaimSignals), which would otherwise ask the class of every token.
    /// </summary>
    public static Lexicon CaseVersusMarks => CaseVersusLazy.Value;

    private static Lazy<Lexicon> Load(string name) =>
        new(() => Lexicon.Parse(name, RuleLexicons.ReadResource(name)), LazyThreadSafetyMode.ExecutionAndPublication);
}
