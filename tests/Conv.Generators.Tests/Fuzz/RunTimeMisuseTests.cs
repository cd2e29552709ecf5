using System;
using System.Linq;
using CsCheck;
using Conv.Tests;
using Xunit;

namespace Conv.Generators.Tests.Fuzz;

/// <summary>
/// Random layers generated, compiled and loaded, then called as a careless user would: overlapping spans of one
/// buffer, lengths one off, outputs of the wrong size, a default struct. Every call is either right (equal to the
/// reference convolution) or an ArgumentException that leaves every buffer as it was.
/// </summary>
public class RunTimeMisuseTests
{
    private static readonly long Iterations = FuzzIterations.Of(20, perCase: 10);

    private const string Runner = """
        public static class Runner
        {
            public static void Forward(float[] w, float[] b, float[] input, int inputStart, int inputLength, float[] output, int outputStart, int outputLength) =>
                new L(w, b).Forward(new System.ReadOnlySpan<float>(input, inputStart, inputLength), new System.Span<float>(output, outputStart, outputLength));
            public static float[] Allocating(float[] w, float[] b, float[] input, int length) => new L(w, b).Forward(new System.ReadOnlySpan<float>(input, 0, length));
            public static float[] FromDefault(float[] input) => default(L).Forward(input);
        }
        """;

    private static Gen<(Conv2dGeometry Geometry, bool Struct, int Seed)> Layers =>
        Gen.Int.Select(seed =>
        {
            var r = new Random(seed);
            var groups = r.Next(4) == 0 ? 2 : 1;
            var mode = (PaddingMode)r.Next(4);
            int kh = r.Next(1, 5), kw = r.Next(1, 5), h = r.Next(1, 14), w = r.Next(1, 20);
            var args = (In: groups * r.Next(1, 4), Out: groups * r.Next(1, 5), kh, kw, h, w, Sh: r.Next(1, 3), Sw: r.Next(1, 4),
                Ph: r.Next(0, 3), Pw: r.Next(0, 3), Dh: r.Next(1, 3), Dw: r.Next(1, 3));
            var valid = Conv2dGeometry.Validate(args.In, args.Out, kh, kw, h, w, args.Sh, args.Sw, args.Ph, args.Pw, args.Dh, args.Dw, groups, mode).Count == 0;
            return valid
                ? (Geometry: new Conv2dGeometry(args.In, args.Out, kh, kw, h, w, args.Sh, args.Sw, args.Ph, args.Pw, args.Dh, args.Dw, groups, r.Next(2) == 0, mode), Struct: r.Next(2) == 0, Seed: seed)
                : (Geometry: null!, Struct: false, Seed: seed);
        }).Where(x => x.Geometry is not null);

    [Fact]
    public void Every_call_on_a_random_layer_is_right_or_an_ArgumentException() =>
        Layers.Sample(x => Check(x.Geometry, x.Struct, x.Seed), iter: Iterations, threads: 1, print: x => $"{x.Geometry} {(x.Struct ? "struct" : "class")} seed {x.Seed}");

    private static void Check(Conv2dGeometry g, bool isStruct, int seed)
    {
        var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.Net80(LoadedRunner.Declaration(g, isStruct), Runner));
        using var runner = new LoadedRunner(output, "misuse");
        object? Call(string method, params object[] arguments) => runner.Call(method, arguments);

        var random = new Random(seed);
        float[] Values(int count) => Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var weight = Values(g.WeightLength);
        var bias = g.HasBias ? Values(g.BiasLength) : Array.Empty<float>();
        int inputLength = g.InputLength, outputLength = g.OutputLength;

        for (var call = 0; call < 12; call++)
        {
            var batch = random.Next(1, 4);
            var input = Values(batch * inputLength);
            var expected = Conv2d.Forward(g, input, weight, bias);

            // Input and output in one buffer, apart or overlapping by a random amount.
            var gap = random.Next(-(Math.Min(batch * inputLength, batch * outputLength)), 3);
            var inputFirst = random.Next(2) == 0;
            var size = batch * inputLength + batch * outputLength + Math.Max(gap, 0);
            var buffer = Values(size + Math.Max(0, -gap) + 2);
            var inputStart = inputFirst ? 0 : Math.Max(0, batch * outputLength + gap);
            var outputStart = inputFirst ? Math.Max(0, batch * inputLength + gap) : 0;
            input.CopyTo(buffer, inputStart);
            var before = (float[])buffer.Clone();
            var overlaps = inputStart < outputStart + batch * outputLength && outputStart < inputStart + batch * inputLength;
            if (overlaps)
            {
                Assert.Throws<ArgumentException>(() => Call("Forward", weight, bias, buffer, inputStart, batch * inputLength, buffer, outputStart, batch * outputLength));
                Assert.Equal(before, buffer);
            }
            else
            {
                Call("Forward", weight, bias, buffer, inputStart, batch * inputLength, buffer, outputStart, batch * outputLength);
                Tolerance.Equal(expected, buffer.AsSpan(outputStart, batch * outputLength).ToArray(), $"{g}, batch {batch}, one buffer");
                Assert.Equal(before.AsSpan(inputStart, batch * inputLength).ToArray(), buffer.AsSpan(inputStart, batch * inputLength).ToArray());
            }

            // Lengths one off: refused, nothing written.
            var wrongOutput = Enumerable.Repeat(7f, batch * outputLength + (random.Next(2) == 0 ? 1 : -1)).ToArray();
            Assert.Throws<ArgumentException>(() => Call("Forward", weight, bias, input, 0, input.Length, wrongOutput, 0, wrongOutput.Length));
            Assert.All(wrongOutput, v => Assert.Equal(7f, v));
            var offLength = input.Length + (random.Next(2) == 0 ? 1 : -1);
            if (offLength > 0 && offLength % inputLength != 0)
                Assert.Throws<ArgumentException>(() => Call("Allocating", weight, bias, Values(offLength), offLength));
            Tolerance.Equal(expected, (float[])Call("Allocating", weight, bias, input, input.Length)!, $"{g}, batch {batch}, allocating");
        }

        // default(L) has no weights: a clear error, not a silent zero layer.
        if (isStruct)
            Assert.Throws<InvalidOperationException>(() => Call("FromDefault", Values(2 * inputLength)));
    }
}
