using System;
using System.Collections.Generic;
using System.Linq;
using Conv.Tests;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// A netstandard2.0 consumer gets System.Numerics.Vector kernels of 8 lanes, of 4 and of 16 (whichever width the runtime
/// that loads it has) and the scalar fallback: compile one, load it, run PyTorch's cases and layers of every kernel plan
/// through it, and check by the JIT's own events that the kernel expected here is the one that ran. This process has
/// 8-lane vectors; child processes run the same tests with 4 (AVX2 off), 16 (Vector&lt;T&gt; widened to 512 bits, on
/// processors with AVX-512) and none (hardware intrinsics off).
/// </summary>
public class NetStandardRunTests
{
    private const string Variable = "CONV_EXPECT_NUMERICS_KERNEL";
    private static readonly string[] Kernels = { "ForwardNumerics512", "ForwardNumerics", "ForwardNumerics128", "ForwardScalar" };

    // A child run names its kernel; this process runs the 8-lane one (Vector<float> is 256 bits on this project's machines).
    private static string Expected => Environment.GetEnvironmentVariable(Variable) ?? "ForwardNumerics";

    private const string FixtureLayers = """
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
        RequireVectors();
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.NetStandard20(TestSources.SeedLayers, FixtureLayers));
        var sources = result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        Assert.All(sources, s => Assert.DoesNotContain("Vector256", s));
        using var runner = new LoadedRunner(output, "netstandard-consumer");
        using var jit = new JitCompiledMethods();
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
        var (wx, ww, wb) = (Values(2 * wide.InputLength, 1), Values(wide.WeightLength, 2), Values(wide.BiasLength, 3));
        Tolerance.Equal(Conv2d.Forward(wide, wx, ww, wb), Call("Wide", wx, ww, wb), "17x19 window");

        AssertKernels(jit, sources, new[] { "Seed.ConvA", "Seed.ConvB", "ReflectLayer", "StridedLayer", "WideWindow" });
    }

    // The layers of tests/Conv.Generated.NetStandard (one of each way the kernel plan lays a layer out, and of each of
    // the view's copies), compiled here from its source, each run against the reference convolution compiled with it.
    private const string PlanRunner = """
        using System;
        using System.Linq;
        using Conv;
        using Conv.Generated.NetStandard;

        public static class Runner
        {
            public static int Count => Layer.All.Count;
            public static string Name(int index) => Layer.All[index].Name;

            // The reference's output and the layer's, batch 2.
            public static float[][] Run(int index)
            {
                var layer = Layer.All[index];
                var g = layer.Geometry;
                var random = new Random(index);
                float[] Values(int n) => Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
                var (w, b, x) = (Values(g.WeightLength), g.HasBias ? Values(g.BiasLength) : new float[0], Values(2 * g.InputLength));
                return new[] { Conv2d.Forward(g, x, w, b), layer.Forward(w, b, x) };
            }
        }
        """;

    [Fact]
    public void NetStandard_kernels_of_every_plan_match_the_reference()
    {
        RequireVectors();
        var layers = System.IO.File.ReadAllText(System.IO.Path.Combine(Fixtures.RepositoryRoot, "tests", "Conv.Generated.NetStandard", "Layers.cs"));
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.NetStandard20(layers, PlanRunner));
        Assert.Empty(GeneratorHarness.Problems(output));
        var sources = result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        using var loaded = new LoadedRunner(output, "netstandard-plans");
        var names = Enumerable.Range(0, (int)loaded.Call("get_Count")!).Select(i => (string)loaded.Call("Name", i)!).ToList();
        // Each of these layers has kernels of every width: none is left to the scalar fallback.
        Assert.Equal(names.Count, sources.Count);
        Assert.All(sources, s => Assert.True(Declares(s, "ForwardNumerics128")));
        Assert.All(sources, s => Assert.True(Declares(s, "ForwardNumerics")));
        Assert.All(sources, s => Assert.True(Declares(s, "ForwardNumerics512")));
        // TallOverhang: the rows whose 16-lane vectors would overhang past the plane, in blocks before the last one too.
        Assert.Contains(sources, s => Declares(s, "ForwardNumerics512") && s.Contains("if (oy >= "));
        using var jit = new JitCompiledMethods();
        for (var i = 0; i < names.Count; i++)
        {
            var outputs = (float[][])loaded.Call("Run", i)!;
            Tolerance.Equal(outputs[0], outputs[1], names[i]);
        }

        AssertKernels(jit, sources, names.Select(name => "Conv.Generated.NetStandard." + name));
    }

    // Random small layers (any kernel, stride, padding mode, dilation and groups; rows from 1 to 40 columns), eight to a
    // netstandard2.0 build, each against the reference: every kernel and copy path of such a build at this process's
    // vector width (the child runs: 4 lanes and none). CONV_FUZZ_ITERATIONS sets the number of builds.
    private static readonly long RandomBuilds = Fuzz.FuzzIterations.Of(4, perCase: 8);

    [Fact]
    public void NetStandard_random_layers_match_the_reference()
    {
        RequireVectors();
        var reached = new HashSet<string>();
        for (var build = 0; build < RandomBuilds; build++)
        {
            var random = new Random(build);
            var layers = new List<Conv2dGeometry>();
            while (layers.Count < 8)
                if (RandomLayer(random) is { } g) layers.Add(g);
            var declarations = layers.Select((g, i) => LoadedRunner.Declaration(g).Replace("partial class L;", $"partial class L{i};"));
            var runner = "public static class Runner { public static float[] Run(int layer, float[] w, float[] b, float[] x) => layer switch { "
                         + string.Concat(layers.Select((_, i) => $"{i} => new L{i}(w, b).Forward(x), ")) + "_ => throw new System.ArgumentOutOfRangeException() }; }";
            var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.NetStandard20(declarations.Append(runner).ToArray()));
            Assert.True(GeneratorHarness.Problems(output).Count == 0, string.Join("\n", GeneratorHarness.Problems(output).Take(5)));
            foreach (var text in result.Results.Single().GeneratedSources.Select(source => source.SourceText.ToString()))
                foreach (var path in Paths.Where(path => text.Contains(path.Value))) reached.Add(path.Key);
            using var loaded = new LoadedRunner(output, "netstandard-random");
            for (var i = 0; i < layers.Count; i++)
            {
                var g = layers[i];
                var (x, w, b) = (Values(2 * g.InputLength, i), Values(g.WeightLength, i + 100), g.HasBias ? Values(g.BiasLength, i + 200) : Array.Empty<float>());
                Tolerance.Equal(Conv2d.Forward(g, x, w, b), (float[])loaded.Call("Run", i, w, b, x)!, $"build {build}, {g}, batch 2");
            }
        }

        Assert.Equal(Paths.Keys.OrderBy(k => k), reached.OrderBy(k => k));
    }

    // The netstandard paths the random layers must reach, by a line only that path writes.
    private static readonly Dictionary<string, string> Paths = new()
    {
        ["4-lane kernel"] = " ForwardNumerics128(ref float x",
        ["16-lane kernel"] = " ForwardNumerics512(ref float x",
        ["16-lane vectors over rows of 4 to 15 columns"] = "ref float lanes = ref",
        ["dot products"] = "VectorN.Dot(",
        ["row copies"] = " - FloatN.Count; i += FloatN.Count)",
        ["parity split"] = "int last = (",
        ["parity split of rows of Count + 1 to 2 x Count columns"] = "ref float half = ref",
        ["view per kernel column at stride 2"] = "int lastVector = (",
    };

    private static Conv2dGeometry? RandomLayer(Random r)
    {
        var groups = new[] { 1, 1, 2, 3 }[r.Next(4)];
        var (inChannels, outChannels) = (groups * r.Next(1, 7), groups * r.Next(1, 7));
        if (r.Next(4) == 0) (groups, outChannels) = (inChannels, inChannels); // depthwise
        int kh = r.Next(1, 6), kw = r.Next(1, 6), h = r.Next(1, 21), w = r.Next(1, 41);
        if (r.Next(4) == 0) (h, w) = (r.Next(1, 5), r.Next(1, 5)); // outputs too few for a vector: dot products
        int sh = new[] { 1, 1, 2, 4 }[r.Next(4)], sw = new[] { 1, 2, 2, 4 }[r.Next(4)];
        int ph = r.Next(0, 3), pw = r.Next(0, 3), dh = r.Next(1, 3), dw = r.Next(1, 3);
        var mode = (PaddingMode)r.Next(4);
        if (Conv2dGeometry.Validate(inChannels, outChannels, kh, kw, h, w, sh, sw, ph, pw, dh, dw, groups, mode).Count > 0) return null;
        return new Conv2dGeometry(inChannels, outChannels, kh, kw, h, w, sh, sw, ph, pw, dh, dw, groups, r.Next(2) == 0, mode);
    }

    [Theory]
    [InlineData("ForwardNumerics128", "DOTNET_EnableAVX2", "0")]
    [InlineData("ForwardNumerics512", "DOTNET_MaxVectorTBitWidth", "512")]
    [InlineData("ForwardScalar", "DOTNET_EnableHWIntrinsic", "0")]
    public void Other_vector_widths_run_their_kernels_in_a_child_process(string kernel, string variable, string value)
    {
        // Vector<T> takes 512 bits only where the processor has AVX-512 and the JIT accelerates 512-bit vectors.
        if (kernel == "ForwardNumerics512" && !System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated) return;
        var (finished, exitCode, text) = ChildTestRun.Run(typeof(NetStandardRunTests).Assembly.Location,
            $"FullyQualifiedName~{typeof(NetStandardRunTests).FullName}.NetStandard_", TimeSpan.FromMinutes(4), (variable, value), (Variable, kernel));
        Assert.True(finished, "the child test run did not finish");
        Assert.True(exitCode == 0, $"{variable}={value}:\n{text}");
        Assert.Contains("Passed:     3", text);
    }

    // The vector width this run expects is the runtime's: a child run that expects 4 lanes has them.
    private static void RequireVectors()
    {
        var lanes = System.Numerics.Vector.IsHardwareAccelerated ? System.Numerics.Vector<float>.Count : 1;
        var expectedLanes = Expected switch { "ForwardNumerics512" => 16, "ForwardNumerics" => 8, "ForwardNumerics128" => 4, _ => 1 };
        Assert.True(lanes == expectedLanes, $"{Expected} expected, but Vector<float> has {lanes} accelerated lanes here");
    }

    // Each layer ran the expected kernel where its file has one, else the scalar one, and no other.
    private static void AssertKernels(JitCompiledMethods jit, IReadOnlyList<string> sources, IEnumerable<string> layers)
    {
        foreach (var layer in layers)
        {
            var name = layer.Split('.').Last();
            var source = SourceOf(sources, name);
            var kernel = Declares(source, Expected) ? Expected : "ForwardScalar";
            Assert.True(jit.WaitFor($"{layer}.{kernel}", TimeSpan.FromSeconds(10)), $"{layer}.{kernel} was not compiled; compiled: {string.Join(", ", jit.Methods.Where(m => m.StartsWith(layer + ".", StringComparison.Ordinal)))}");
            var ran = Kernels.Where(k => jit.Methods.Contains($"{layer}.{k}")).ToList();
            Assert.True(ran.SequenceEqual(new[] { kernel }), $"{layer} ran {string.Join(", ", ran)}, expected {kernel} only");
        }
    }

    // Whether a generated file declares the kernel (a long signature is wrapped after its opening parenthesis).
    private static bool Declares(string source, string kernel) =>
        System.Text.RegularExpressions.Regex.IsMatch(source, $@" {kernel}\(\s*ref float x");

    // The generated file of the layer type named name.
    private static string SourceOf(IReadOnlyList<string> sources, string name) =>
        sources.Single(s => System.Text.RegularExpressions.Regex.IsMatch(s, $@"partial (class|struct) {name}\b"));

    private static float[] Values(int n, int seed) => Enumerable.Range(0, n).Select(i => (float)Math.Cos(seed + i * 0.3)).ToArray();
}
