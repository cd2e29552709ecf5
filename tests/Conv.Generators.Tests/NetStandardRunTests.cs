using System;
using System.Linq;
using Conv.Tests;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// A netstandard2.0 consumer gets System.Numerics.Vector kernels (run here: this runtime has 8-lane vectors) and the
/// scalar fallback: compile one, load it, and run PyTorch's cases through it.
/// </summary>
public class NetStandardRunTests
{
    private const string Source = """
        using Conv;
        using Seed;

        [Conv2d(3, 5, 3, Padding = 1, PaddingMode = PaddingMode.Reflect, InputHeight = 8, InputWidth = 8)] public partial class ReflectLayer;
        [Conv2d(8, 16, 3, Stride = 2, Padding = 1, InputHeight = 15, InputWidth = 15)] public partial class StridedLayer;
        [Conv2d(2, 3, 17, KernelWidth = 19, Stride = 2, Dilation = 2, Padding = 3, PaddingMode = PaddingMode.Reflect, InputHeight = 40, InputWidth = 45)] public partial class WideWindow;

        public static class Runner
        {
            public static float[] Seed(float[] x, float[] a, float[] b, bool composite) =>
                composite ? ConvAB.Compose(new ConvA(a), new ConvB(b)).Forward(x) : new ConvB(b).Forward(new ConvA(a).Forward(x));
            public static float[] Reflect(float[] x, float[] w, float[] b) => new ReflectLayer(w, b).Forward(x);
            public static float[] Strided(float[] x, float[] w, float[] b) => new StridedLayer(w, b).Forward(x);
            public static float[] Wide(float[] x, float[] w, float[] b) => new WideWindow(w, b).Forward(x);
        }
        """;

    [Fact]
    public void NetStandard_build_matches_pytorch()
    {
        // The numerics kernels run where Vector<float> has 8 lanes, as on this project's machines; elsewhere this
        // test would check the scalar fallback only.
        Assert.True(System.Numerics.Vector.IsHardwareAccelerated && System.Numerics.Vector<float>.Count == 8, $"Vector<float> has {System.Numerics.Vector<float>.Count} lanes here");
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.NetStandard20(TestSources.SeedLayers, Source));
        Assert.All(result.Results.Single().GeneratedSources, s => Assert.DoesNotContain("Vector256", s.SourceText.ToString()));
        using var runner = new LoadedRunner(output, "netstandard-consumer");
        float[] Call(string method, params object[] arguments) => (float[])runner.Call(method, arguments)!;

        var seed = Fixtures.Load("seed_full_padding_no_bias");
        Tolerance.Equal(seed.SequenceOutput, Call("Seed", seed.Input, seed.Weights[0], seed.Weights[1], false), "seed sequence");
        Tolerance.Equal(seed.CompositeOutput, Call("Seed", seed.Input, seed.Weights[0], seed.Weights[1], true), "seed composite");
        var reflect = Fixtures.Load("reflect");
        Tolerance.Equal(reflect.Output, Call("Reflect", reflect.Input, reflect.Weight!, reflect.Bias!), "reflect");
        var strided = Fixtures.Load("stride2_pad1_batch2");
        Tolerance.Equal(strided.Output, Call("Strided", strided.Input, strided.Weight!, strided.Bias!), "stride 2, batch 2");

        // A large window loops over kernel rows and columns: checked against the reference convolution.
        var wide = new Conv2dGeometry(2, 3, 17, 19, 40, 45, 2, 2, 3, 3, 2, 2, paddingMode: PaddingMode.Reflect);
        float[] Values(int n, int seed) => Enumerable.Range(0, n).Select(i => (float)Math.Cos(seed + i * 0.3)).ToArray();
        var (wx, ww, wb) = (Values(2 * wide.InputLength, 1), Values(wide.WeightLength, 2), Values(wide.BiasLength, 3));
        Tolerance.Equal(Conv2d.Forward(wide, wx, ww, wb), Call("Wide", wx, ww, wb), "17x19 window, scalar");
    }
}
