using Xunit;
namespace Notebooks.Tests.Formatters;

/// <summary>Data that would run as script if a formatter forgot to encode it (it may be shown truncated).</summary>
static class Hostile
{
    public const string Script = "<script>alert(1)</script>";
    public const string Encoded = "&lt;script&gt;alert(1)&lt;/script&gt;";

    public static void AssertEncoded(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }
}
