namespace DocLint.Documents;

internal enum ProseBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
}
