using DocLint.Lexicons;

namespace DocLint.Grammar;

/// <summary>The grammar layer's word lists (rules/lexicons/grammar-*.txt), embedded in Core and read once.</summary>
internal sealed class GrammarLexicons
{
    private static readonly Lazy<GrammarLexicons> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public GrammarLexicons(
        Lexicon titles,
        Lexicon organisationWords,
        Lexicon outlets,
        Lexicon nameConnectors,
        Lexicon subordinators,
        Lexicon formsOfBe,
        Lexicon formsOfHave,
        Lexicon negations)
    {
        Titles = titles;
        OrganisationWords = new WordSet(organisationWords);
        Outlets = outlets;
        NameConnectors = new WordSet(nameConnectors);
        Subordinators = new WordSet(subordinators);
        FormsOfBe = new WordSet(formsOfBe);
        FormsOfHave = new WordSet(formsOfHave);
        Negations = new WordSet(negations);
    }

    public static GrammarLexicons Default => Embedded.Value;

    public Lexicon Titles { get; }

    public WordSet OrganisationWords { get; }

    public Lexicon Outlets { get; }

    public WordSet NameConnectors { get; }

    public WordSet Subordinators { get; }

    public WordSet FormsOfBe { get; }

    public WordSet FormsOfHave { get; }

    public WordSet Negations { get; }

    private static GrammarLexicons LoadEmbedded() => new(
        Load("grammar-titles"),
        Load("grammar-organisation-words"),
        Load("grammar-outlets"),
        Load("grammar-name-connectors"),
        Load("grammar-subordinators"),
        Load("grammar-be"),
        Load("grammar-have"),
        Load("grammar-negations"));

    private static Lexicon Load(string name) => Lexicon.Parse(name, EmbeddedText.ReadCoreList(name));
}
