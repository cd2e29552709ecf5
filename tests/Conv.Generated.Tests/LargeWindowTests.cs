using System;
using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>Large windows are looped, not written out: the loops must compute what the reference does.</summary>
public class LargeWindowTests
{
    [Fact]
    public void Window_9x9_loops_over_kernel_rows() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 3, 9, 9, 20, 21, paddingHeight: 4, paddingWidth: 4), (w, b) => x => new Window9x9(w, b).Forward(x), "9x9");

    [Fact]
    public void Window_17x19_strided_dilated_reflect_loops_over_rows_and_columns() =>
        ReferenceCheck.Same(new Conv2dGeometry(2, 4, 17, 19, 40, 45, 2, 2, 3, 3, 2, 2, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new Window17x19Strided(w, b).Forward(x), "17x19");

    [Fact]
    public void Window_31x31() =>
        ReferenceCheck.Same(new Conv2dGeometry(1, 2, 31, 31, 31, 33, paddingHeight: 15, paddingWidth: 15, hasBias: false),
            (w, _) => x => new Window31x31(w).Forward(x), "31x31");

    [Fact]
    public void Ten_layer_composite_runs_its_21x21_window()
    {
        Assert.Equal(21, DeepComposite.KernelHeight);
        var g = new Conv2dGeometry(1, 2, 21, 21, 16, 16, paddingHeight: 10, paddingWidth: 10);
        ReferenceCheck.Same(g, (w, b) => x => new DeepComposite(w, b).Forward(x), "ten 3x3 composed");
    }

    [Fact]
    public void A_large_activation_is_worked_through_in_bands_of_rows()
    {
        var g = new Conv2dGeometry(64, 8, 3, 3, 224, 224, paddingHeight: 1, paddingWidth: 1);
        ReferenceCheck.Same(g, (w, b) => x => new Banded224(w, b).Forward(x), "banded 224x224", 1);
        var layer = new Banded224(ReferenceCheck.Values(Banded224.WeightLength, 1), ReferenceCheck.Values(Banded224.BiasLength, 2));
        OneAndTwoThreads(ReferenceCheck.Values(2 * Banded224.InputLength, 3), 2 * Banded224.OutputLength, (x, y) => layer.Forward(x, y), (x, y) => layer.Forward(x, y, 2));
    }

    [Fact]
    public void Inputs_just_past_the_L2_cache_are_worked_through_in_bands_of_rows()
    {
        ReferenceCheck.Same(new Conv2dGeometry(96, 16, 1, 1, 56, 56), Activation.Relu, 0.01f,
            (w, b) => x => new Banded1x1(w, b).Forward(x), "banded 1x1 56x56", 1, 2);
        ReferenceCheck.Same(new Conv2dGeometry(20, 16, 3, 3, 120, 120, paddingHeight: 1, paddingWidth: 1),
            (w, b) => x => new Banded120(w, b).Forward(x), "banded 120x120", 1);
    }

    // One thread pads the view band by band, a parallel call pads it whole first (all its parts together): both must
    // give the reference's results, item after item of a batch (no band may read a row padded for the item before).
    [Fact]
    public void A_view_padded_band_by_band_gives_what_one_padded_whole_gives()
    {
        ReferenceCheck.Same(new Conv2dGeometry(4, 8, 3, 3, 512, 512, 2, 2, 1, 1, paddingMode: PaddingMode.Reflect),
            (w, b) => x => new BandPadded512(w, b).Forward(x), "band-padded 512x512", 1, 2);
        var layer = new BandPadded512(ReferenceCheck.Values(BandPadded512.WeightLength, 1), ReferenceCheck.Values(BandPadded512.BiasLength, 2));
        OneAndTwoThreads(ReferenceCheck.SpreadValues(3 * BandPadded512.InputLength, 3), 3 * BandPadded512.OutputLength, (x, y) => layer.Forward(x, y), (x, y) => layer.Forward(x, y, 2));
    }

    [Fact]
    public void A_large_view_padded_by_every_part_gives_the_single_threaded_bits()
    {
        ReferenceCheck.Same(new Conv2dGeometry(32, 8, 3, 3, 200, 200, paddingHeight: 1, paddingWidth: 1),
            (w, b) => x => new SharedView200(w, b).Forward(x), "shared view 200x200", 1);
        var layer = new SharedView200(ReferenceCheck.Values(SharedView200.WeightLength, 1), ReferenceCheck.Values(SharedView200.BiasLength, 2));
        var input = ReferenceCheck.Values(3 * SharedView200.InputLength, 3);
        var (single, parallel) = OneAndTwoThreads(input, 3 * SharedView200.OutputLength, (x, y) => layer.Forward(x, y), (x, y) => layer.Forward(x, y, 2));
        layer.Forward(input.AsSpan(SharedView200.InputLength, SharedView200.InputLength), single.AsSpan(0, SharedView200.OutputLength));
        Assert.True(single.AsSpan(0, SharedView200.OutputLength).SequenceEqual(parallel.AsSpan(SharedView200.OutputLength, SharedView200.OutputLength)),
            "the second batch item differs when run alone");
    }

    // Runs a batch on one thread and on two, checks that they agree to the bit, and returns both outputs.
    private static (float[] Single, float[] Parallel) OneAndTwoThreads(float[] input, int outputLength, Action<float[], float[]> one, Action<float[], float[]> two)
    {
        var single = new float[outputLength];
        var parallel = new float[outputLength];
        one(input, single);
        two(input, parallel);
        Assert.True(single.AsSpan().SequenceEqual(parallel), "two threads differ from one");
        return (single, parallel);
    }
}
