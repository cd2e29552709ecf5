using System;
using Xunit;

namespace Conv.Runtime.Tests;

/// <summary>The copy of a layer's rearranged weights that generated code keeps until the weight array is handed out.</summary>
public class RearrangedWeightsTests
{
    [Fact]
    public void The_first_copy_is_kept_and_later_ones_give_way_to_it()
    {
        var kept = new RearrangedWeights();
        Assert.Null(kept.Values);
        var first = new float[] { 1, 2 };
        Assert.Same(first, kept.Keep(first));
        Assert.Same(first, kept.Values);
        // A second call that rearranged at the same time (another thread) uses the kept copy.
        Assert.Same(first, kept.Keep(new float[] { 1, 2 }));
        Assert.False(kept.HandedOut);
    }

    [Fact]
    public void Handing_the_weights_out_drops_the_copy_for_good()
    {
        var kept = new RearrangedWeights();
        kept.Keep(new float[] { 1 });
        kept.HandOut();
        Assert.True(kept.HandedOut);
        Assert.Null(kept.Values);
        var later = new float[] { 3 };
        // The call that rearranged uses its own values, and nothing is kept for the next.
        Assert.Same(later, kept.Keep(later));
        Assert.Null(kept.Values);
    }

    [Fact]
    public void Keeping_nothing_is_an_error() =>
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new RearrangedWeights().Keep(null!)).ParamName);
}
