using Rdsim.Reporting.Files;

namespace Rdsim.Reporting.Tests.Files;

public class ManifestSealTests
{
    private const string Unsealed = "{\n  \"tool\": \"rdsim\",\n  \"resultFingerprint\": \"abc\",\n  \"seal\": \"\"\n}\n";

    [Fact]
    public void A_sealed_manifest_holds_and_any_edit_breaks_the_seal()
    {
        var manifest = ManifestSeal.Seal(Unsealed);
        Assert.True(ManifestSeal.Holds(manifest));
        Assert.False(ManifestSeal.Holds(manifest.Replace("abc", "abd")));
        Assert.False(ManifestSeal.Holds(manifest.Replace("  \"tool\"", " \"tool\"")));
        Assert.False(ManifestSeal.Holds(Unsealed));
    }
}
