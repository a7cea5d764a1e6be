namespace DocLint.Documents;

public enum ProseBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
}
