using System;

namespace Conv.Generators.Emission;

/// <summary>
/// The register block of a kernel: <paramref name="Channels"/> output channels x <paramref name="Rows"/> output rows
/// (the last step starts at OutputHeight - Rows, overlapping the one before) x <paramref name="Vectors"/> vectors (or
/// single columns) of each row, accumulated in registers over the whole window and every input channel, then stored once.
/// </summary>
internal sealed record Tile(int Channels, int Vectors, int Rows)
{
    /// <summary>Statements one tap takes in the main body: the weights or inputs held, the others loaded, one multiply-add per accumulator.</summary>
    public int StatementsPerTap => Channels + Rows * Vectors + Channels * Rows * Vectors;

    /// <summary>
    /// The cheapest block by the cost model below for a kernel with <paramref name="registers"/> vector registers, over
    /// rows of <paramref name="positions"/> column positions (the last one overlapping).
    /// </summary>
    public static Tile Choose(Conv2dGeometry g, int positions, int gridHeight, int maxRows, int registers)
    {
        // Sixteen registers (AVX2) hold 12 accumulators besides the weights or inputs in flight; thirty-two (AVX-512,
        // also for 256-bit code) hold 28 (4 channels x 7 vectors, measured best on 56 columns).
        var maxAccumulators = registers >= 32 ? 28 : 12;
        var best = (Channels: 1, Vectors: 1, Rows: 1, Cost: double.MaxValue);
        for (var ob = 1; ob <= 8; ob++)
        {
            if (g.OutChannelsPerGroup % ob != 0) continue;
            for (var cb = 1; cb <= Math.Min(positions, 8); cb++)
            for (var rb = 1; rb <= maxRows; rb++)
            {
                var accumulators = ob * cb * rb;
                // Live registers: the accumulators, the weights or the inputs of a tap (whichever the body holds fewer of), one more.
                if (accumulators > maxAccumulators || accumulators + Math.Min(ob, cb * rb) + 1 > registers) continue;
                // With 32 registers, more rows pay only once a row's vectors are all in the block: each row brings in
                // its own input rows (measured at 28 columns: 8 channels x 3 rows of one vector 15% slower than 4 x 4).
                if (registers >= 32 && rb > 1 && cb < Math.Min(positions, 8)) continue;
                var fullBlocks = positions / cb;
                var tail = positions - fullBlocks * cb;
                var perRowBlock = fullBlocks * CyclesPerTap(ob, cb, rb, registers) + (tail > 0 ? CyclesPerTap(ob, tail, rb, registers) : 0);
                var rowBlocks = (gridHeight + rb - 1) / rb;
                var cost = (double)(g.OutChannelsPerGroup / ob) * rowBlocks * perRowBlock;
                if (cost < best.Cost - 1e-9) best = (ob, cb, rb, cost);
            }
        }

        return new Tile(best.Channels, best.Vectors, best.Rows);
    }

    // A block's cycles per kernel tap. Sixteen registers: two FMA and two vector-load ports; each accumulator is one
    // dependency chain, and measured on Zen 4 it takes about twelve chains, not the eight of the FMA latency, to
    // keep both FMA units busy (loads and loop overhead share the slots), hence at least six cycles. Thirty-two
    // registers allow blocks large enough that the loads limit them: measured on ResNet-18's and VGG-16's 3x3
    // layers, the time follows the loads (weight broadcasts and input vectors, many of them split across cache
    // lines) at about one per cycle, so 4 channels x 4 vectors (8 loads per 16 multiply-adds) beat 8 x 2 (10 per 16)
    // by 15% at 28 columns, and 4 x 7 (11 per 28) is best at 56.
    private static double CyclesPerTap(int channels, int vectors, int rows, int registers)
    {
        var fmas = channels * vectors * rows;
        var loads = channels + vectors * rows;
        return registers >= 32 ? Math.Max(Math.Max(fmas / 2.0, loads), 6.0) : Math.Max(Math.Max(fmas / 2.0, loads / 2.0), 6.0);
    }
}
