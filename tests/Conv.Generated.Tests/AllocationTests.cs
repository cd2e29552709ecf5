using System;
using System.Linq;
using Conv.Generated.Tests.Declared;
using Conv.Tests;
using Xunit;

namespace Conv.Generated.Tests;

public class AllocationTests
{
    // The padded view is allocated once per thread on the first call; after that Forward allocates nothing.
    [Fact]
    public void Forward_allocates_nothing_after_a_threads_first_call()
    {
        foreach (var (name, declared) in FixtureRegistry.Cases)
        {
            var fixture = Fixtures.Load(name);
            var layer = declared is GeneratedComposite composite
                ? composite.Compose(fixture.Weights, fixture.Biases)
                : declared.Create(fixture.Weight!, fixture.Bias);
            var input = fixture.Input;
            var output = new float[layer.Forward(input).Length];
            layer.Forward(input, output);

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++) layer.Forward(input, output);
            Assert.True(GC.GetAllocatedBytesForCurrentThread() == before, $"{name}: Forward allocated {GC.GetAllocatedBytesForCurrentThread() - before} bytes in 100 calls");
        }
    }
}
