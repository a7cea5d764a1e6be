namespace DocLint.Suppressions;

/// <summary>The markdownlint-style comment forms.</summary>
internal enum SuppressionDirectiveKind
{
    /// <summary><c>doclint-disable</c>: from here until a matching enable.</summary>
    Disable,

    /// <summary><c>doclint-enable</c>: ends a disable.</summary>
    Enable,

    /// <summary><c>doclint-disable-line</c>: findings that start on the comment's line(s).</summary>
    DisableLine,

    /// <summary><c>doclint-disable-next-line</c>: findings that start on the line after the comment.</summary>
    DisableNextLine,

    /// <summary><c>doclint-disable-file</c>: the whole document.</summary>
    DisableFile,
}
