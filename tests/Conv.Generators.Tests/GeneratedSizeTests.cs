using System.Linq;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// The generated file of any one layer stays small whatever its shape: windows up to 5x5 (25 taps) are written out tap by tap,
/// larger ones loop over kernel rows (and over columns beyond 15), so the size no longer grows with the window.
/// </summary>
public class GeneratedSizeTests
{
    public const int MaxFileBytes = 150_000;

    [Theory]
    [InlineData("[Conv.Conv2d(1, 2, 31, Padding = 15, InputHeight = 31, InputWidth = 33)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 7, Padding = 3, InputHeight = 56, InputWidth = 56)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 7, KernelWidth = 15, Padding = 7, InputHeight = 56, InputWidth = 56)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 5, Padding = 2, InputHeight = 56, InputWidth = 56)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 1, KernelHeight = 49, Padding = 24, InputHeight = 56, InputWidth = 56)] public partial class L;")]
    [InlineData("[Conv.Conv2d(4, 8, 3, Stride = 2, Padding = 1, PaddingMode = Conv.PaddingMode.Circular, InputHeight = 57, InputWidth = 57)] public partial class L;")]
    [InlineData("[Conv.Conv2d(3, 3, 7, Dilation = 3, Padding = 9, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 64, InputWidth = 64)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 63, Padding = 31, InputHeight = 64, InputWidth = 64)] public partial class L;")]
    public void A_layer_file_stays_under_the_bound(string source) => AllUnderBound(source);

    [Fact]
    public void A_ten_layer_composite_stays_under_the_bound() =>
        AllUnderBound("[Conv.Conv2d(4, 8, 3, Padding = 1, InputHeight = 32, InputWidth = 32)] public partial class A;"
                      + "[Conv.Conv2d(8, 8, 3, Padding = 1, InputHeight = 32, InputWidth = 32)] public partial class B;"
                      + "[Conv.Composite(typeof(A), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B))] public partial class L;");

    private static void AllUnderBound(string source)
    {
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80(source));
        Assert.Empty(GeneratorHarness.Problems(output));
        var file = result.Results.Single().GeneratedSources.Single(s => s.HintName == "L.g.cs");
        var bytes = file.SourceText.Length;
        Assert.True(bytes < MaxFileBytes, $"L.g.cs is {bytes} characters");
        System.Console.WriteLine($"{bytes,8} {source}");
    }
}
