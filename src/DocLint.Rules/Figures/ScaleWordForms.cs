using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A scale word in either number ("million", "millions", "THOUSANDS"; class-scale-words.txt lists the singulars): the
/// mark of a magnitude. <see cref="SourcePhraseCounts"/> (a magnitude numbers no speakers) and
/// <see cref="RelativeProvisions"/> (a population a document reaches, not its term) read it one way (mend41).
/// </summary>
internal static class ScaleWordForms
{
    public static bool IsScaleWord(string word) => WordClasses.ScaleWords.ContainsNounOrPlural(word);
}
