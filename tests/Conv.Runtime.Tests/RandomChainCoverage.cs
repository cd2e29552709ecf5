using System.Linq;
using Xunit;

namespace Conv.Runtime.Tests;

public class RandomChainCoverage
{
    // The properties are only as good as the chains they see: make sure those include every feature.
    [Fact]
    public void Random_chains_cover_modes_strides_groups_bias_and_inexact_composites()
    {
        var chains = Enumerable.Range(0, 2000).Select(RandomChain.FromSeed).Where(c => c is not null).Select(c => c!).ToArray();
        Assert.True(chains.Length > 600, $"only {chains.Length} of 2000 seeds give a valid chain");
        var compositions = chains.Select(c => new KernelComposition(c.Layers)).ToArray();
        Assert.Contains(compositions, c => c.IsExact);
        Assert.Contains(compositions, c => !c.IsExact && !c.ExactRegion.IsEmpty);
        Assert.Contains(compositions, c => c.Causes.HasFlag(InexactCause.IntermediateZeroPadding));
        Assert.Contains(compositions, c => c.Causes.HasFlag(InexactCause.MissingBias));
        Assert.Contains(compositions, c => c.Causes.HasFlag(InexactCause.PaddingMode));
        foreach (var mode in new[] { PaddingMode.Reflect, PaddingMode.Replicate, PaddingMode.Circular })
            Assert.Contains(chains, c => c.Layers.Skip(1).Any(l => l.PaddingMode == mode));
        Assert.Contains(chains, c => c.Layers.Length == 3);
        Assert.Contains(chains, c => c.Layers.Any(l => l.Groups > 1));
        Assert.Contains(chains, c => c.Layers.Any(l => l.StrideHeight > 1 || l.StrideWidth > 1));
        Assert.Contains(chains, c => c.Layers.Any(l => l.DilationHeight > 1 || l.DilationWidth > 1));
    }
}
