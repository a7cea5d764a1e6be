using DocLint.Configuration;
using DocLint.Lexicons;

namespace DocLint.Rules.Hedging;

/// <summary>
/// The hedge models under rules/models (hedge-model-{genre}.tsv), embedded at build and parsed once, on first use by
/// a document of that genre. News, the default, has none: its hand-written list scores better there.
/// </summary>
internal static class HedgeModels
{
    private static readonly Lazy<HedgeModel> Research = Load(Genres.Research);
    private static readonly Lazy<HedgeModel> Reference = Load(Genres.Reference);

    /// <summary>The model for a <c>doclint_genre</c> value, or null where the lists decide alone.</summary>
    public static HedgeModel? For(string? genre) => genre switch
    {
        Genres.Research => Research.Value,
        Genres.Reference => Reference.Value,
        _ => null,
    };

    public static string ReadResource(string genre)
    {
        var resource = $"DocLint.Models.hedge-model-{genre}.tsv";
        return EmbeddedText.Read(typeof(HedgeModels).Assembly, resource)
            ?? throw new InvalidOperationException($"The model resource '{resource}' is missing from {typeof(HedgeModels).Assembly.GetName().Name}.");
    }

    private static Lazy<HedgeModel> Load(string genre) =>
        new(() => HedgeModel.Parse(ReadResource(genre)), LazyThreadSafetyMode.ExecutionAndPublication);
}
