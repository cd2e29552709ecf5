using System;
using System.Linq;
using Conv.Generated.Tests.Declared;
using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests.Shapes
{
    // 65537 x 65536 wraps to 65536 in int: the length check must not be fooled.
    [Conv2d(1, 65536, 1, InputHeight = 1, InputWidth = 1, Bias = false)]
    public partial class WideOutput;

    [Conv2d(1, 1, 1, InputHeight = 11, InputWidth = 12)]
    public partial class Pointwise11x12 : ILayer;
}

namespace Conv.Generated.Tests
{
    /// <summary>Calls a careless user makes: every one is either right or an ArgumentException, and nothing is written then.</summary>
    public class MisuseTests
    {
        private static float[] Values(int n, int seed) => Enumerable.Range(0, n).Select(i => (float)Math.Sin(seed * 17 + i * 0.37)).ToArray();

        [Fact]
        public void Batch_whose_output_length_wraps_in_int_is_rejected()
        {
            var layer = new WideOutput();
            var output = new float[65536];
            var error = Assert.Throws<ArgumentException>(() => layer.Forward(new float[65537], output));
            Assert.Equal("output", error.ParamName);
            Assert.Contains("4295032832", error.Message);
            Assert.All(output, v => Assert.Equal(0f, v));
            var allocating = Assert.Throws<ArgumentException>(() => layer.Forward(new float[65537]));
            Assert.Contains("more than an array holds", allocating.Message);
        }

        [Fact]
        public void Same_array_as_input_and_output_is_rejected_not_computed_wrongly()
        {
            var layer = new Pointwise11x12();
            var buffer = Values(Pointwise11x12.InputLength, 1);
            var before = (float[])buffer.Clone();
            var error = Assert.Throws<ArgumentException>(() => layer.Forward(buffer, buffer));
            Assert.Contains("overlap", error.Message);
            Assert.Equal(before, buffer);
        }

        public static TheoryData<string> Cases() => new(FixtureRegistry.Cases.Keys.OrderBy(k => k));

        [Theory]
        [MemberData(nameof(Cases))]
        public void Every_declared_layer_refuses_overlap_and_bad_lengths_and_computes_disjoint_slices_of_one_buffer(string name)
        {
            var declared = FixtureRegistry.Cases[name];
            var s = declared.Sizes;
            var geometry = new Conv2dGeometry(s[0], s[1], s[2], s[3], s[11], s[12], s[4], s[5], s[6], s[7], s[8], s[9], s[10], declared.HasBias, declared.PaddingMode);
            var weight = Values(geometry.WeightLength, 2);
            var bias = declared.HasBias ? Values(geometry.BiasLength, 3) : null;
            var layer = declared.Create(weight, bias);
            int inputLength = geometry.InputLength, outputLength = geometry.OutputLength;

            // One buffer, input then output right after it: disjoint, so computed as the reference does.
            var buffer = new float[2 * inputLength + 2 * outputLength];
            Values(2 * inputLength, 4).CopyTo(buffer, 0);
            layer.Forward(buffer.AsSpan(0, 2 * inputLength), buffer.AsSpan(2 * inputLength, 2 * outputLength));
            var expected = Conv2d.Forward(geometry, buffer.AsSpan(0, 2 * inputLength), weight, bias);
            Conv.Tests.Tolerance.Equal(expected, buffer.AsSpan(2 * inputLength).ToArray(), name);

            // Every overlap of input and output, shifted by any amount, is refused without a write.
            var length = Math.Max(inputLength, outputLength);
            var shared = Values(2 * length, 5);
            var overlapping = Math.Min(inputLength, outputLength);
            foreach (var shift in new[] { 0, 1, overlapping / 2, overlapping - 1 }.Where(n => n < overlapping).Distinct())
            {
                var before = (float[])shared.Clone();
                Assert.Throws<ArgumentException>(() => layer.Forward(shared.AsSpan(0, inputLength), shared.AsSpan(shift, outputLength)));
                Assert.Throws<ArgumentException>(() => layer.Forward(shared.AsSpan(shift, inputLength), shared.AsSpan(0, outputLength)));
                Assert.Equal(before, shared);
            }

            // Lengths one off a batch, and outputs one off, are refused without a write.
            foreach (var bad in new[] { 0, inputLength - 1, inputLength + 1, 3 * inputLength - 1 }.Where(n => n >= 0))
            {
                Assert.Throws<ArgumentException>(() => layer.Forward(new float[bad]));
                Assert.Throws<ArgumentException>(() => layer.Forward(new float[bad], new float[outputLength]));
            }

            foreach (var bad in new[] { 0, outputLength - 1, outputLength + 1, 2 * outputLength })
            {
                var output = new float[bad];
                Assert.Throws<ArgumentException>(() => layer.Forward(new float[inputLength], output));
                Assert.All(output, v => Assert.Equal(0f, v));
            }
        }

        [Fact]
        public void Default_struct_says_it_has_no_weights_instead_of_losing_writes()
        {
            var zero = default(StructLayer);
            var output = Enumerable.Repeat(7f, 2 * StructLayer.OutputLength).ToArray();
            var error = Assert.Throws<InvalidOperationException>(() => zero.Weight[0] = 1f);
            Assert.Equal("StructLayer is default(StructLayer), which has no weights: create it with a constructor", error.Message);
            Assert.Throws<InvalidOperationException>(() => zero.Bias);
            Assert.Throws<InvalidOperationException>(() => zero.Forward(Values(2 * StructLayer.InputLength, 6), output));
            Assert.Throws<InvalidOperationException>(() => zero.Forward(new ReadOnlyMemory<float>(new float[StructLayer.InputLength]), new float[StructLayer.OutputLength], 2));
            Assert.All(output, v => Assert.Equal(7f, v));
        }
    }
}
