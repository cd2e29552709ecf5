using System;
using System.Linq;
using CsCheck;
using Xunit;

namespace Conv.Runtime.Tests;

public class CompositionProperties
{
    private static readonly Gen<RandomChain> Chains =
        Gen.Int.Select(RandomChain.FromSeed).Where(chain => chain is not null).Select(chain => chain!);

    [Fact]
    public void Composite_equals_sequence_at_every_exact_position_and_differs_just_outside_the_region()
    {
        Chains.Sample(chain =>
        {
            var composition = new KernelComposition(chain.Layers);
            var (weight, bias) = composition.ComposeKernels(chain.Weights, chain.Biases);
            var composite = Conv2d.Forward(composition.Geometry, chain.Input, weight, bias);
            var sequence = chain.RunSequence();
            var g = composition.Geometry;
            var scale = Math.Max(1.0, sequence.Max(Math.Abs));
            // Float rounding stays far below this; a term the composite gets wrong (values bounded away from zero) stays above it.
            var tolerance = 2e-5 * scale;

            double Difference(int y, int x)
            {
                var worst = 0.0;
                for (var n = 0; n < chain.Batch; n++)
                for (var o = 0; o < g.OutChannels; o++)
                {
                    var i = n * g.OutputLength + (o * g.OutputHeight + y) * g.OutputWidth + x;
                    worst = Math.Max(worst, Math.Abs((double)sequence[i] - composite[i]));
                }

                return worst;
            }

            for (var y = 0; y < g.OutputHeight; y++)
            for (var x = 0; x < g.OutputWidth; x++)
                if (composition.IsExactAt(y, x))
                    Assert.True(Difference(y, x) <= tolerance, $"{chain}: ({y},{x}) is exact but differs by {Difference(y, x)}");
                else
                    Assert.True(Difference(y, x) > tolerance, $"{chain}: ({y},{x}) is said to be inexact but differs only by {Difference(y, x)}");

            var region = composition.ExactRegion;
            Assert.Equal(region.Area == g.OutputHeight * g.OutputWidth, composition.IsExact);
            if (region.IsEmpty) return;
            for (var y = region.Top; y < region.Bottom; y++)
            for (var x = region.Left; x < region.Right; x++)
                Assert.True(composition.IsExactAt(y, x), $"{chain}: region {region} holds inexact ({y},{x})");

            // The region is maximal: each border row or column just outside it differs somewhere along the region's span.
            if (region.Top > 0)
                Assert.True(Enumerable.Range(region.Left, region.Width).Any(x => Difference(region.Top - 1, x) > tolerance), $"{chain}: row above {region} is exact");
            if (region.Bottom < g.OutputHeight)
                Assert.True(Enumerable.Range(region.Left, region.Width).Any(x => Difference(region.Bottom, x) > tolerance), $"{chain}: row below {region} is exact");
            if (region.Left > 0)
                Assert.True(Enumerable.Range(region.Top, region.Height).Any(y => Difference(y, region.Left - 1) > tolerance), $"{chain}: column left of {region} is exact");
            if (region.Right < g.OutputWidth)
                Assert.True(Enumerable.Range(region.Top, region.Height).Any(y => Difference(y, region.Right) > tolerance), $"{chain}: column right of {region} is exact");
        }, iter: 300);
    }

    [Fact]
    public void Operator_of_the_composite_is_the_product_of_the_layers_operators_on_exact_rows()
    {
        Chains.Where(chain => chain.Layers.Max(l => (long)l.InputLength * l.OutputLength) <= 200_000).Sample(chain =>
        {
            var composition = new KernelComposition(chain.Layers);
            var (weight, bias) = composition.ComposeKernels(chain.Weights, chain.Biases);
            var product = ConvOperator.Create(chain.Layers[0], chain.Weights[0], chain.Biases[0]);
            for (var i = 1; i < chain.Layers.Length; i++)
                product = ConvOperator.Create(chain.Layers[i], chain.Weights[i], chain.Biases[i]).After(product);
            var composite = ConvOperator.Create(composition.Geometry, weight, bias);
            var g = composition.Geometry;
            Assert.Equal(product.Rows, composite.Rows);
            Assert.Equal(product.Columns, composite.Columns);

            for (var o = 0; o < g.OutChannels; o++)
            for (var y = 0; y < g.OutputHeight; y++)
            for (var x = 0; x < g.OutputWidth; x++)
            {
                var row = (o * g.OutputHeight + y) * g.OutputWidth + x;
                var worst = Math.Abs(product.Offset(row) - composite.Offset(row));
                for (var c = 0; c < g.InputLength; c++) worst = Math.Max(worst, Math.Abs(product[row, c] - composite[row, c]));
                if (composition.IsExactAt(y, x))
                    Assert.True(worst <= 1e-4, $"{chain}: M(sequence) and M(composite) differ by {worst} on exact row {row}");
                else
                    Assert.True(worst > 1e-4, $"{chain}: row {row} at ({y},{x}) is said to be inexact but the operators agree");
            }
        }, iter: 150);
    }

    [Fact]
    public void Composite_costs_are_the_layers_multiply_adds()
    {
        Chains.Sample(chain =>
        {
            var composition = new KernelComposition(chain.Layers);
            Assert.Equal(chain.Layers.Sum(l => (long)l.OutChannels * (l.InChannels / l.Groups) * l.KernelHeight * l.KernelWidth * l.OutputHeight * l.OutputWidth),
                composition.SequenceMultiplyAdds);
            var g = composition.Geometry;
            Assert.Equal((long)g.OutChannels * (g.InChannels / g.Groups) * g.KernelHeight * g.KernelWidth * g.OutputHeight * g.OutputWidth,
                composition.CompositeMultiplyAdds);
        }, iter: 100);
    }
}
