namespace DocLint.Cli.Tests.Formats;

/// <summary>Small articles whose findings are known (positions checked by hand against the default output).</summary>
internal static class Articles
{
    /// <summary>
    /// Line 3: 'perhaps' DL1001 at columns 18-25; line 5: '70 percent' DL2001 at 13-23;
    /// line 7: 'critics say' DL3001 at 34-45.
    /// </summary>
    public const string Budget =
        "# Budget\n\nThe council will perhaps approve the budget.\n\nTurnout was 70 percent last year.\n\nThe plan is obviously a success, critics say.\n";
}
