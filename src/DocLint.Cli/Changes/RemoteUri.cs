namespace DocLint.Cli.Changes;

/// <summary>
/// Turns what <c>git remote get-url</c> prints into an absolute URI fit to publish: scp-like
/// <c>git@host:owner/repo.git</c> becomes <c>ssh://git@host/owner/repo.git</c>, and a token or password in an
/// https remote is dropped so a SARIF file uploaded as an artifact never carries it.
/// </summary>
internal static class RemoteUri
{
    public static Uri? Parse(string remote)
    {
        if (remote.Length == 0)
        {
            return null;
        }

        if (!remote.Contains("://", StringComparison.Ordinal))
        {
            if (Path.IsPathRooted(remote))
            {
                return new Uri(remote);
            }

            // scp-like syntax: [user@]host:path, with no scheme.
            var colon = remote.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return null;
            }

            remote = $"ssh://{remote[..colon]}/{remote[(colon + 1)..].TrimStart('/')}";
        }

        if (!Uri.TryCreate(remote, UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.UserInfo.Length == 0 || uri.Scheme == "ssh" && !uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            // An ssh user name ("git@") is part of the address, not a secret.
            return uri;
        }

        return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;
    }
}
