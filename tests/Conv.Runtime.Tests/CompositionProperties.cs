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
            var g = composition.Geometry;
            // Three independent draws: a position that is inexact differs in at least one of them beyond float rounding.
            var draws = new[] { chain, chain.Redraw(1), chain.Redraw(2) }.Select(draw =>
            {
                var (weight, bias) = composition.ComposeKernels(draw.Weights, draw.Biases);
                var sequence = draw.RunSequence();
                return (Sequence: sequence, Composite: Conv2d.Forward(g, draw.Input, weight, bias), Tolerance: 2e-5 * Math.Max(1.0, sequence.Max(Math.Abs)));
            }).ToArray();

            // How far beyond its float-rounding tolerance the worst draw differs at (y, x): > 0 means it differs.
            double Excess(int y, int x)
            {
                var worst = double.NegativeInfinity;
                foreach (var draw in draws)
                for (var n = 0; n < chain.Batch; n++)
                for (var o = 0; o < g.OutChannels; o++)
                {
                    var i = n * g.OutputLength + (o * g.OutputHeight + y) * g.OutputWidth + x;
                    worst = Math.Max(worst, Math.Abs((double)draw.Sequence[i] - draw.Composite[i]) - draw.Tolerance);
                }

                return worst;
            }

            for (var y = 0; y < g.OutputHeight; y++)
            for (var x = 0; x < g.OutputWidth; x++)
                if (composition.IsExactAt(y, x))
                    Assert.True(Excess(y, x) <= 0, $"{chain}: ({y},{x}) is exact but differs beyond rounding by {Excess(y, x)}");
                else
                    Assert.True(Excess(y, x) > 0, $"{chain}: ({y},{x}) is said to be inexact but agrees within rounding in every draw");

            var region = composition.ExactRegion;
            Assert.Equal(region.Area == g.OutputHeight * g.OutputWidth, composition.IsExact);
            if (region.IsEmpty) return;
            for (var y = region.Top; y < region.Bottom; y++)
            for (var x = region.Left; x < region.Right; x++)
                Assert.True(composition.IsExactAt(y, x), $"{chain}: region {region} holds inexact ({y},{x})");

            // The region is maximal: each border row or column just outside it differs somewhere along the region's span.
            if (region.Top > 0)
                Assert.True(Enumerable.Range(region.Left, region.Width).Any(x => Excess(region.Top - 1, x) > 0), $"{chain}: row above {region} is exact");
            if (region.Bottom < g.OutputHeight)
                Assert.True(Enumerable.Range(region.Left, region.Width).Any(x => Excess(region.Bottom, x) > 0), $"{chain}: row below {region} is exact");
            if (region.Left > 0)
                Assert.True(Enumerable.Range(region.Top, region.Height).Any(y => Excess(y, region.Left - 1) > 0), $"{chain}: column left of {region} is exact");
            if (region.Right < g.OutputWidth)
                Assert.True(Enumerable.Range(region.Top, region.Height).Any(y => Excess(y, region.Right) > 0), $"{chain}: column right of {region} is exact");
        }, iter: 300);
    }

    [Fact]
    public void Operator_of_the_composite_is_the_product_of_the_layers_operators_on_exact_rows()
    {
        Chains.Where(chain => chain.Layers.Max(l => (long)l.InputLength * l.OutputLength) <= 200_000).Sample(chain =>
        {
            var composition = new KernelComposition(chain.Layers);
            var g = composition.Geometry;
            // Largest coefficient difference between M(sequence) and M(composite) per output position, over all
            // channels and two draws of weights (a wrong coefficient can be small in one draw by chance).
            var worst = new double[g.OutputHeight * g.OutputWidth];
            foreach (var draw in new[] { chain, chain.Redraw(1) })
            {
                var (weight, bias) = composition.ComposeKernels(draw.Weights, draw.Biases);
                var product = ConvOperator.Create(draw.Layers[0], draw.Weights[0], draw.Biases[0]);
                for (var i = 1; i < draw.Layers.Length; i++)
                    product = ConvOperator.Create(draw.Layers[i], draw.Weights[i], draw.Biases[i]).After(product);
                var composite = ConvOperator.Create(g, weight, bias);
                Assert.Equal(product.Rows, composite.Rows);
                Assert.Equal(product.Columns, composite.Columns);
                for (var o = 0; o < g.OutChannels; o++)
                for (var p = 0; p < worst.Length; p++)
                {
                    var row = o * worst.Length + p;
                    worst[p] = Math.Max(worst[p], Math.Abs(product.Offset(row) - composite.Offset(row)));
                    for (var c = 0; c < g.InputLength; c++) worst[p] = Math.Max(worst[p], Math.Abs(product[row, c] - composite[row, c]));
                }
            }

            for (var y = 0; y < g.OutputHeight; y++)
            for (var x = 0; x < g.OutputWidth; x++)
            {
                var difference = worst[y * g.OutputWidth + x];
                if (composition.IsExactAt(y, x))
                    Assert.True(difference <= 1e-4, $"{chain}: M(sequence) and M(composite) differ by {difference} at exact ({y},{x})");
                else
                    Assert.True(difference > 1e-4, $"{chain}: ({y},{x}) is said to be inexact but the operators agree");
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
