namespace DocLint.Documents;

public enum DocumentKind
{
    Markdown,
    PlainText,
}
