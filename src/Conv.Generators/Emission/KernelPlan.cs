using Conv.Generators.Model;
using System;
using System.Linq;

namespace Conv.Generators.Emission;

/// <summary>
/// The numbers a layer's forward code is specialised on. The input is read through a "view": when the
/// layer pads or strides its columns, each batch item is first copied into a scratch buffer with the
/// padding filled in (per mode) and the columns split into <c>StrideWidth</c> phases, so that every tap
/// of every output reads contiguous memory at a constant offset; otherwise the input is read as it is.
/// </summary>
internal sealed class KernelPlan
{
    public const int Lanes = 8;

    public KernelPlan(Conv2dGeometry g, System.Collections.Generic.IReadOnlyList<Simd> available)
    {
        // The blocking below is chosen for 8-lane vectors where the target has them.
        var vectorized = available.Any(k => k.Lanes == Lanes);
        G = g;
        // One output column (row) reads its taps from column (row) 0 whatever the stride: no phases needed.
        ColumnStride = g.OutputWidth == 1 ? 1 : g.StrideWidth;
        PaddedRows = g.InputHeight + 2 * g.PaddingHeight;
        var paddedColumns = g.InputWidth + 2 * g.PaddingWidth;
        PaddedColumns = paddedColumns;
        WindowLength = g.KernelHeight * g.KernelWidth;

        // Rows too narrow for a vector: the output plane is computed as one flat row (see Flat).
        var rowPhases = g.OutputHeight == 1 ? 1 : g.StrideHeight;
        var flatWidth = (paddedColumns + ColumnStride - 1) / ColumnStride;
        var flat = vectorized && g.OutputWidth < Lanes && (g.OutputHeight - 1) * flatWidth + g.OutputWidth >= Lanes;
        var phaseRows = (PaddedRows + rowPhases - 1) / rowPhases;
        // Depthwise rows of 4-7 columns: one vector per row, its extra lanes computed and stored over the start of the
        // next row (stored after it); the plane's last row stores only its own columns. With its weights held and input
        // rows reused that beats a flat row or a view per kernel column (see Overhang).
        Overhang = vectorized && IsDepthwise(g) && (WindowLength <= 9 || g.KernelHeight <= Tile.MaxHeldColumn)
                   && g.OutputWidth < Lanes && g.OutputWidth >= Lanes / 2 && g.OutputHeight > 1;
        // A 1x1-wide window over unpadded rows and columns at stride 1 reads the input plane as one run of positions: output
        // position p reads input position p, so the rows must be as wide as the input's (one output column of a strided
        // row is not: it reads every StrideWidth-th value).
        var identity = g.KernelWidth == 1 && g.PaddingWidth == 0 && g.PaddingHeight == 0 && ColumnStride == 1 && rowPhases == 1
                       && g.OutputWidth == g.InputWidth;
        // Stride 2 too: the view's rows are gathered from every other column (the 1x1 downsample 0.93x -> 1.16x ONNX
        // Runtime). For a 3x3 window that once measured slower (ResNet-18's layer2.0.conv1 0.82x -> 0.71x, 256-bit
        // kernels); with the 16-lane kernels and chunked views it pays where ShiftedPays says so (layer3.0.conv1, rows
        // of 14: 0.87x -> 0.94x in quick runs, alternating; the other stride-2 3x3 layers unchanged).
        var chunk = 0;
        Shifted = vectorized && !Overhang && ColumnStride <= 2 && (long)g.OutputHeight * g.OutputWidth >= Lanes
                  && ShiftedPays(g, identity, flat ? (g.OutputHeight - 1) * flatWidth + g.OutputWidth : g.OutputWidth, phaseRows, rowPhases, out chunk);
        Flat = (flat || WideFlatPays(g, vectorized, flatWidth, rowPhases * phaseRows * ColumnStride)) && !Shifted && !Overhang;
        if (Shifted)
        {
            UsesScratch = !identity;
            ChannelChunk = UsesScratch ? chunk : 0;
            RowPhases = rowPhases;
            PhaseWidth = g.OutputWidth;
            RowStride = identity ? g.InputWidth : g.OutputWidth;
            PhaseRows = identity ? g.InputHeight : phaseRows;
            SubPlane = PhaseRows * RowStride;
            KernelColumnStride = rowPhases * SubPlane;
            PlaneStride = identity ? g.InputHeight * g.InputWidth : g.KernelWidth * KernelColumnStride;
            GridHeight = 1;
            GridWidth = g.OutputHeight * g.OutputWidth;
            RowStep = 0;
            // A run one or two positions past whole vectors of 16 (7x7 = 49 = 3 x 16 + 1): those positions are dot products
            // along their windows (DotTail) rather than a vector of 8 for 1 or 2 outputs.
            if (ChannelChunk == 0)
            {
                DotTail = DotTailOf(g, GridWidth);
                GridWidth -= DotTail;
            }
        }
        else if (Flat)
        {
            UsesScratch = true;
            RowPhases = rowPhases;
            PhaseWidth = flatWidth;
            RowStride = flatWidth;
            PhaseRows = (PaddedRows + rowPhases - 1) / rowPhases;
            SubPlane = PhaseRows * flatWidth;
            PlaneStride = rowPhases * ColumnStride * SubPlane;
            GridHeight = 1;
            GridWidth = (g.OutputHeight - 1) * flatWidth + g.OutputWidth;
            RowStep = 0;
        }
        else
        {
            WideOverhang = available.Contains(Simd.Numerics512) && g.OutputWidth < Simd.Numerics512.Lanes && (g.OutputWidth >= Lanes || Overhang);
            // Overhanging lanes of the last row read past the plane: into the view's slack, never past the input.
            UsesScratch = g.PaddingHeight > 0 || g.PaddingWidth > 0 || ColumnStride > 1 || Overhang || WideOverhang;
            RowPhases = 1;
            PhaseWidth = UsesScratch ? flatWidth : g.InputWidth;
            RowStride = UsesScratch ? PhaseWidth * ColumnStride : g.InputWidth;
            PhaseRows = PaddedRows;
            SubPlane = 0;
            PlaneStride = UsesScratch ? RowStride * PaddedRows : g.InputHeight * g.InputWidth;
            GridHeight = g.OutputHeight;
            GridWidth = g.OutputWidth;
            // Conv2dGeometry.Validate bounds the padded view, so this product fits; one output row never steps.
            RowStep = g.OutputHeight == 1 ? 0 : g.StrideHeight * RowStride;
        }

        Vectorized = vectorized && (GridWidth >= Lanes || Overhang);

        // Output planes of fewer positions than a vector, with no flat row that fills one: each output is a dot product of
        // its weights with its window, vectorised along the window (see Dot).
        DotLength = g.InChannelsPerGroup * WindowLength;
        if (vectorized && !Vectorized && DotLength >= 2 * Lanes && (long)g.OutputHeight * g.OutputWidth * DotLength <= int.MaxValue / 2)
        {
            Dot = true;
            Positions = g.OutputHeight * g.OutputWidth;
            // The only window is the whole input plane, in the weights' order: read the input as it is.
            DotReadsInput = Positions == 1 && g.PaddingHeight == 0 && g.PaddingWidth == 0
                            && g.KernelHeight == g.InputHeight && g.KernelWidth == g.InputWidth
                            && (g.KernelHeight == 1 || g.DilationHeight == 1) && (g.KernelWidth == 1 || g.DilationWidth == 1);
            // (No view per kernel column, flat row or overhang here: each would have made the layer Vectorized.)
            UsesScratch = !DotReadsInput;
            // Up to 8 accumulators (output channels x positions) beside the inputs of a step: fits 16 registers.
            var channels = 1;
            for (var ob = 1; ob <= 8; ob++)
                if (g.OutChannelsPerGroup % ob == 0 && ob * Positions <= 8) channels = ob;
            ChannelUnit = channels;
            // The 16-lane kernel where the window holds a few of its vectors; the 256-bit kernel with 32 registers adds nothing here.
            Kernels = available.Where(k => k != Simd.Avx512 && (k != Simd.Vector512 || DotLength >= 4 * 16)).ToList();
            _tiles = new System.Collections.Generic.Dictionary<Simd, Tile>();
            _scalarTile = new Tile(channels, 1, 1);
            return;
        }

        var direct = available.Contains(Simd.Vector512) && DirectDepthwisePays(g);
        var shortRows = !direct && ShortRowDepthwisePays(g);
        ShortRowDepthwise = shortRows && available.Contains(Simd.Avx512);
        ShortRowVector256 = shortRows && available.Contains(Simd.Vector256) && ShortRowLoadOf(g) == Lanes;
        var plane = (long)g.OutputHeight * g.OutputWidth;
        // The running sums of the items live in the view (unused by this kernel), which a parallel call may share.
        var channelVectorRoom = UsesScratch && !SharedView && ScratchLength >= plane * ChannelBlock;
        // Rows of 8 to 15 columns have no 16-lane row kernel; the channel-vector kernel takes that slot where it applies.
        var narrowRows = available.Contains(Simd.Vector512) && GridWidth < 16 && ChannelVectorsPay(g) && channelVectorRoom;
        var kernels = available.Where(k => GridWidth >= k.Lanes || Overhang && k.IsVector && k.Lanes == Lanes || WideOverhang && k == Simd.Numerics512
                                           || k == Simd.Vector512 && (direct || narrowRows)
                                           || k == Simd.Avx512 && ShortRowDepthwise).ToList();
        // A run read in chunks of input channels adds each chunk to the sums stored so far: a last 16-lane vector overlapping
        // the one before would add its shared columns twice (ChannelChunk), and System.Numerics has no 8-lane one beside it.
        if (ChannelChunk > 0 && GridWidth % 16 != 0) kernels.Remove(Simd.Numerics512);

        // Column positions of a row: vectors (the last one overlapping) or single columns.
        var lanes = Vectorized ? Lanes : 1;
        var positions = (GridWidth + lanes - 1) / lanes;
        // A block that holds its products (Tile.HoldsProducts) is sized over the row's own 4-lane vectors: counted in
        // 8-lane positions, 56 columns (14 vectors of 4) looked like 7 and took 8 channels x 1 vector, 8 broadcasts per 8
        // multiply-adds, 10% slower under NativeAOT than 4 x 3 had been.
        int TilePositions(Simd k) => Vectorized && Tile.HoldsProducts(g, k) ? (GridWidth + k.Lanes - 1) / k.Lanes : positions;
        var maxRows = RowBlocksPay(g, positions) ? Math.Min(4, GridHeight) : 1;
        _tiles = kernels.Where(k => k.IsVector && k.Lanes <= Lanes).ToDictionary(k => k, k => Tile.Choose(g, TilePositions(k), GridHeight, maxRows, k));
        var reusesRows = Vectorized && !OneRun && IsDepthwise(g) && GridHeight > 1;
        if (reusesRows)
        {
            var hasWideKernel = available.Contains(Simd.Vector512) && WideDepthwisePays(g, GridWidth);
            foreach (var simd in _tiles.Keys.ToList())
            {
                var reuse = Tile.ChooseRowReuse(g, positions, GridHeight, simd, Simd.Vector256.StatementBudget, hasWideKernel);
                if (reuse is null) continue;
                _tiles[simd] = reuse;
                _reusesRows.Add(simd.Registers);
            }
        }

        // The AVX-512 kernel is written only where its block differs from the AVX2 one, and not for one output channel
        // per group (depthwise) whose rows it cannot reuse: there the larger blocks of rows measured slower (1.25x -> 1.03x
        // ONNX Runtime at 56x56).
        if (kernels.Contains(Simd.Avx512) && !ShortRowDepthwise
            && (g.OutChannelsPerGroup == 1 && !_reusesRows.Contains(Simd.Avx512.Registers)
                || _tiles.TryGetValue(Simd.Vector256, out var avx2) && _tiles[Simd.Avx512].Equals(avx2)))
            kernels.Remove(Simd.Avx512);

        // 16-lane vectors, the last few columns of a row in one 8-lane vector where they fit it (NarrowTail), so that no
        // more lanes are computed than with 8-lane ones: each weight broadcast and each step then serves twice the
        // multiply-adds (quick runs: ResNet-18's 128-channel layer at 28x28 0.85x -> 0.98x ONNX Runtime, VGG-16's layers
        // at 112x112 0.95x -> 1.02-1.04x). Not for one input and one output channel per group (depthwise): those kernels
        // keep their 8-lane blocks and held weights, but for windows over 9 taps on rows of 16 and more
        // (WideDepthwisePays) and for one output row. Measured on layers of a million multiply-adds and more; smaller
        // ones (microseconds a call) keep the 256-bit kernels and their files stay small. Rows too short for a 16-lane
        // vector leave the slot to ChannelVectors (narrowRows).
        if (kernels.Contains(Simd.Vector512) && !narrowRows)
        {
            // Whole 16-lane vectors, and one overlapping the last where more than 8 columns are left.
            var wide = (GridWidth + Lanes - 1) / 16;
            // A depthwise layer of one output row (a 1-D layer) has no rows to reuse: lane shifts (LaneShiftDepthwise) where
            // its window has 4 columns or more, else the plain 16-lane block (about 1.4x the 8-lane kernel's speed on a
            // Conformer's 31-tap layer over 1000 frames, quick runs, Zen 5). Over more rows, lane shifts where the
            // row-reusing 16-lane kernel does not take the window (over 11 rows tall).
            var oneDepthwiseRow = IsDepthwise(g) && GridHeight == 1 && !OneRun && !direct;
            var laneShift = IsDepthwise(g) && !OneRun && !direct && g.MultiplyAdds >= MinWideMultiplyAdds && LaneShiftPays(g, GridWidth, 16);
            if (oneDepthwiseRow && laneShift && UseLaneShift(g, Simd.Vector512))
                _wideTile = _laneShifts[Simd.Vector512];
            else if ((!IsDepthwise(g) || oneDepthwiseRow) && g.MultiplyAdds >= MinWideMultiplyAdds)
                _wideTile = Tile.Choose(g, wide, GridHeight, RowBlocksPay(g, wide) ? Math.Min(4, GridHeight) : 1, Simd.Vector512,
                    GridWidth % 16 is > 0 and <= Lanes ? 1 : 0);
            else if (direct)
                DirectDepthwise = true;
            else if (WideDepthwisePays(g, GridWidth) && _reusesRows.Contains(Simd.Vector512.Registers)
                     && Tile.ChooseRowReuse(g, RowVectors16, GridHeight, Simd.Vector512, Simd.Vector256.StatementBudget) is { } reuse)
            {
                _wideTile = reuse;
                if (ColumnStride == 2) AlignRows();
                else DirectWideDepthwise = DirectWideDepthwisePays(g, reuse, RowVectors16);
            }
            else if (laneShift && UseLaneShift(g, Simd.Vector512))
                _wideTile = _laneShifts[Simd.Vector512];
            else
                kernels.Remove(Simd.Vector512);
        }
        // The 8- and 4-lane kernels (16 registers) load every column the step's taps start at, once for all the taps that
        // read it (up to 4 of a 31-tap window in 8 lanes), where their rows are not reused.
        foreach (var simd in new[] { Simd.Vector256, Simd.Vector128 }.Where(kernels.Contains))
        {
            if (IsDepthwise(g) && !OneRun && g.MultiplyAdds >= MinWideMultiplyAdds && LaneShiftPays(g, GridWidth, simd.Lanes)
                && (GridHeight == 1 || !_reusesRows.Contains(simd.Registers)) && UseLaneShift(g, simd))
                _tiles[simd] = _laneShifts[simd];
        }

        if (kernels.Contains(Simd.Numerics512)) _wideTile = NumericsWideTile(g, reusesRows);
        Kernels = kernels;
        var waste = RunWaste(g);
        var narrow = ChannelVectorsPay(g) || TiledChannelVectorsPay(g);
        BatchChannelVectors = kernels.Contains(Simd.Vector512) && (narrow || WideChannelVectorsPay(g, waste)) && channelVectorRoom;
        ChannelVectors = BatchChannelVectors && (narrow || plane * waste >= MinWideChannelVectorSaving);
        if (BatchChannelVectors)
        {
            ChannelItems = (int)(ScratchLength / (plane * ChannelBlock));
            var itemBytes = 4L * ((long)g.InChannelsPerGroup * g.InputHeight * g.InputWidth + plane * ChannelBlock);
            KeptChannelItems = (int)Math.Max(1, Math.Min(ChannelItems, KeptChannelItemsBytes / itemBytes));
            // Whole columns of 16 weights per row where they fit (chunks of 16 input channels for a 3x3 window): a column
            // left over is rearranged one value at a time, which measured as slow as the rest of the rearranging together.
            var whole = 16 / Gcd(WindowLength, 16);
            var fit = MaxPackedWeights / (WindowLength * ChannelBlock);
            ChannelVectorChunk = Math.Min(g.InChannelsPerGroup, fit >= whole ? fit / whole * whole : Math.Max(1, fit));
            Segments = RowPieces(g.OutputWidth);
        }

        _scalarTile = new Tile(g.OutChannelsPerGroup % 2 == 0 ? 2 : 1, Math.Min(2, GridWidth), 1);
        // Work is split between threads in whole blocks of every kernel, so that each thread runs whichever it runs.
        ChannelUnit = _tiles.Values.Append(_scalarTile).Concat(_wideTile is null ? Array.Empty<Tile>() : new[] { _wideTile })
            .Select(tile => tile.Channels).Concat(BatchChannelVectors ? new[] { ChannelBlock } : Array.Empty<int>())
            .Aggregate(1, (unit, channels) => unit / Gcd(unit, channels) * channels);
    }

    private const long MinWideMultiplyAdds = 1L << 20;

    // The view of a 16-lane depthwise kernel at stride 2 (AlignedView): each phase of a row widened to whole 64-byte
    // lines, so that with the view placed on a line every row of a phase starts on one, and Pad's 16-value stores of a
    // row's even and odd columns land on lines rather than across two. The columns past the phase's own stay zero.
    // Takes the lane-shift kernel of simd where a block fits (see LaneShiftBlock).
    private bool UseLaneShift(Conv2dGeometry g, Simd simd)
    {
        var (vectors, rows) = LaneShiftBlock(g, simd, (GridWidth + simd.Lanes - 1) / simd.Lanes, GridHeight);
        if (vectors == 0) return false;
        _laneShifts[simd] = new Tile(1, vectors, rows);
        return true;
    }

    private readonly System.Collections.Generic.Dictionary<Simd, Tile> _laneShifts = new();

    private void AlignRows()
    {
        const int LineFloats = 16;
        AlignedView = true;
        PhaseWidth = (PhaseWidth + LineFloats - 1) / LineFloats * LineFloats;
        RowStride = PhaseWidth * ColumnStride;
        PlaneStride = RowStride * PaddedRows;
        RowStep = G.StrideHeight * RowStride;
    }

    // The 16-lane System.Numerics kernel's block (Simd.Numerics512), the Vector512 kernel's spelled without an 8-lane
    // vector: rows of whole vectors of 16, the last overlapping the one before; a depthwise layer's rows reused where a
    // block fits beside its held weights. It is the only vector kernel a runtime with 512-bit Vector<T> can run, so it is
    // written for every layer whose rows fill one vector, small ones too. (No other kernel of a netstandard2.0 build has
    // 32 registers, whose row reuse _reusesRows records.)
    private Tile NumericsWideTile(Conv2dGeometry g, bool reusesRows)
    {
        var simd = Simd.Numerics512;
        var wide = (GridWidth + simd.Lanes - 1) / simd.Lanes;
        if (reusesRows && Tile.ChooseRowReuse(g, wide, GridHeight, simd, Simd.Vector256.StatementBudget) is { } reuse)
        {
            _reusesRows.Add(simd.Registers);
            return reuse;
        }

        return Tile.Choose(g, wide, GridHeight, RowBlocksPay(g, wide) ? Math.Min(4, GridHeight) : 1, simd);
    }

    // Depthwise windows over 9 taps (5x5, 7x7: one kernel column's weights held at a time) in 16-lane vectors over the
    // view, rows reused as in the 8-lane kernels: half the loads and instructions for the same multiply-adds. A row's
    // last vector overlaps the one before where the row is not whole vectors (28 = 16 + 12). Quick runs, two each, Zen 4:
    // EfficientNet-B0's dw240k5@28 110.4-110.5 -> 103.9-106.1 us; its dw144k5s2@56 (rows of 28 too) 99.9-100.8 -> 98.3-102.0
    // us. Rows that end in 8 columns or fewer past their whole vectors (56 = 3 x 16 + 8, 20 = 16 + 4) also take an
    // overlapping 16-lane vector (the row-reusing block has no 8-lane one), computing up to 15 columns twice: on cores
    // with whole 512-bit multiply-add units (Zen 5) a 16-lane multiply-add takes the time of an 8-lane one. Stopwatch
    // prototypes, interleaved, Zen 5: ConvNeXt-T's dw96k7@56 301 -> 182 us, a 5x5 at 56x56 237 -> 151 us, a 7x7 at
    // stride 2 into rows of 56 410 -> 297 us, a 5x5 at 20x20 56 -> 42 us. On 256-bit units (Zen 4) rows of 56 compute 64
    // lanes for 56: 12% more time at most.
    private static bool WideDepthwisePays(Conv2dGeometry g, int gridWidth) =>
        IsDepthwise(g) && g.KernelHeight * g.KernelWidth > 9 && g.MultiplyAdds >= MinWideMultiplyAdds
        && gridWidth >= 16;

    /// <summary>
    /// The AVX-512 kernel of a depthwise layer read at column stride 1 with a window of 4 columns or more, of one output
    /// row (a 1-D layer) or of a window too tall for the row-reusing 16-lane kernel (see LaneShiftDepthwiseEmitter): each
    /// input vector of a step's row loaded once, the columns every tap reads taken from two of them by a lane shift, where
    /// the 16-lane kernel loads each tap's 16 columns across two cache lines (a third of the peak on the Conformer's
    /// 1x31). Interleaved Stopwatch prototypes on Zen 5, 256 channels x 1000 columns: 31 taps 186.0 -> 99.1 us, 15 taps
    /// 99.4 -> 61.1 us, 9 taps 70.4 -> 44.9 us, 5 taps 45.5 -> 33.9 us; 3 taps (DirectDepthwise, which stays) 29.8 against
    /// 30.7 us. 2-D windows that had only the 8-lane kernel: 13x13 over 128 channels at 56x56 2247 -> 976 us, 31x31 12589
    /// -> 6715 us, 13x13 over 256 channels at 28x28 1143 -> 481 us. Where the row-reusing kernel takes the window it
    /// stays faster: 7x7 at 56x56 171 against 266 us, 9x9 356 against 424, 11x11 at 28x28 291 against 329.
    /// </summary>
    public bool LaneShiftDepthwise => LaneShiftKernel(Simd.Vector512);

    /// <summary>
    /// Whether LaneShiftDepthwiseEmitter writes the kernel of <paramref name="simd"/>: the Vector512 one of
    /// <see cref="LaneShiftDepthwise"/>, or the 8- and 4-lane ones (AVX2, Vector128) of the same layers where their rows are
    /// not reused, which load each column a step's taps start at once for every tap that reads it (no lane shifts).
    /// Its block is <see cref="TileOf"/>: 1 channel x vectors x rows.
    /// </summary>
    public bool LaneShiftKernel(Simd simd) => _laneShifts.ContainsKey(simd);

    /// <summary>Whether the lane-shift kernel of <paramref name="simd"/> takes columns by lane shifts (AVX-512's AlignRight32), not only by loads.</summary>
    public static bool ShiftsLanes(Simd simd) => simd == Simd.Vector512;

    // Eight sums a step (their multiply-add latency): 8 vectors of a row, measured fastest on the 31-tap window (4, 6, 10
    // and 12 took 4-10% longer), or rows of fewer vectors in as many rows as make 8. Fewer where the step's multiply-adds
    // (one body, unrolled because each column offset is a constant) would pass MaxLaneShiftTaps, or its sums, a row's
    // input vectors (with lane shifts), the held weights and the column vector the kernel's registers but 2; rows first.
    // (0, 0) where not one vector fits.
    private static (int Vectors, int Rows) LaneShiftBlock(Conv2dGeometry g, Simd simd, int rowVectors, int gridHeight)
    {
        for (var vectors = Math.Min(LaneShiftSums, rowVectors); vectors > 0; vectors--)
        {
            var offsets = LaneShiftOffsets(g, vectors, simd.Lanes);
            var loads = ShiftsLanes(simd) ? LaneShiftLoads(g, offsets, simd.Lanes) : 0;
            for (var rows = Math.Min(gridHeight, (LaneShiftSums + vectors - 1) / vectors); rows > 0; rows--)
            {
                if ((long)rows * vectors * g.KernelWidth <= MaxLaneShiftTaps
                    && rows * vectors + loads + LaneShiftWeights(g, offsets, simd.Lanes) + 1 <= simd.Registers - 2)
                    return (vectors, rows);
            }
        }

        return (0, 0);
    }

    private const int LaneShiftSums = 8;

    private const int MaxLaneShiftTaps = 256;

    // Rows of a vector or more, read at stride 1 (any dilation: every tap's column offset is still a constant), windows
    // of 4 columns and more; any padding mode, since the kernel reads the view.
    private static bool LaneShiftPays(Conv2dGeometry g, int gridWidth, int lanes) =>
        g.StrideWidth == 1 && gridWidth >= lanes && g.KernelWidth >= 4;

    /// <summary>The first columns of a lane-shift step's vectors of <paramref name="lanes"/>, from the step's: a vector
    /// apart, the last overlapping the one before where one step covers a row that is not whole vectors.</summary>
    public static int[] LaneShiftOffsets(Conv2dGeometry g, int vectors, int lanes) =>
        Enumerable.Range(0, vectors).Select(j => Math.Min(j * lanes, g.OutputWidth - lanes)).ToArray();

    /// <summary>Input vectors a lane-shifting step loads, a vector apart: those that end at or before the last column it reads.</summary>
    public static int LaneShiftLoads(Conv2dGeometry g, System.Collections.Generic.IReadOnlyList<int> offsets, int lanes) =>
        (offsets[offsets.Count - 1] + (g.KernelWidth - 1) * g.DilationWidth + lanes) / lanes;

    /// <summary>The most taps whose columns start at one column modulo <paramref name="lanes"/>: the weights a step holds at once.</summary>
    public static int LaneShiftWeights(Conv2dGeometry g, System.Collections.Generic.IReadOnlyList<int> offsets, int lanes) =>
        LaneShiftReaders(g, offsets).GroupBy(r => r.Column % lanes).Max(shift => shift.Select(r => r.Tap).Distinct().Count());

    /// <summary>Every (vector, tap) of a step and the column, from the step's first, where the tap's columns start.</summary>
    public static System.Collections.Generic.List<(int Vector, int Tap, int Column)> LaneShiftReaders(
        Conv2dGeometry g, System.Collections.Generic.IReadOnlyList<int> offsets) =>
        offsets.SelectMany((offset, j) => Enumerable.Range(0, g.KernelWidth).Select(kx => (j, kx, offset + kx * g.DilationWidth))).ToList();

    // A row-reusing depthwise block's 16-lane vectors per row: every column in one, the last overlapping the one before.
    private int RowVectors16 => (GridWidth + 15) / 16;

    /// <summary>
    /// The AVX-512 kernel of a depthwise layer at stride 1 or 2 (see DirectDepthwiseEmitter): it reads the input as it is,
    /// where the other kernels first copy each channel into a padded view (at stride 2 split by column parity, which
    /// this kernel does in registers). That copy, a store per value, took as long as the multiply-adds.
    /// </summary>
    public bool DirectDepthwise { get; }

    /// <summary>
    /// The view's phases are padded to whole 64-byte lines and the view is placed (<c>Conv.AlignedScratch</c>) so that
    /// the first column Pad stores into each row starts a line: a 16-lane depthwise kernel with 5x5 or 7x7 windows at
    /// stride 2 (see AlignRows), where Pad takes about 40% of a call. Its 16-value stores then straddle no lines.
    /// </summary>
    public bool AlignedView { get; private set; }

    /// <summary>The view index <see cref="AlignedView"/> puts on a 64-byte line: the first input column in its row's phases.</summary>
    public int AlignedIndex => G.PaddingWidth / ColumnStride;

    /// <summary>
    /// The 16-lane depthwise kernel of a 5x5 or 7x7 window at stride 1 (<see cref="Tile.LoopsKernelColumns"/>) reads the
    /// input as it is (see DirectWideDepthwiseEmitter): the same blocks, taps and order as the kernel over the view, so the
    /// same results to the bit, without the copy into the view, about a tenth of such a call. A tap whose 16 columns run
    /// past the row's edge takes the row's first (or last) 16 columns shifted by lanes, zeros coming in.
    /// </summary>
    public bool DirectWideDepthwise { get; }

    // Zero-padded at stride 1 and no dilation, each output row's vectors in one block (their columns are constants, and so
    // is every tap's shift: one kernel body per kernel column, written out), input rows of a vector or more, shifts of less
    // than a vector, and those bodies within a kernel's statement budget. Stopwatch prototype of EfficientNet-B0's
    // dw240k5@28 (4 rows x 2 vectors): 106-112 -> 101-103 us, as fast as the kernel over the view with the copy left out;
    // every input vector shifted by two-source permutes instead measured slower than the copy (109-117 us).
    private bool DirectWideDepthwisePays(Conv2dGeometry g, Tile tile, int rowVectors) =>
        g.StrideHeight == 1 && g.StrideWidth == 1 && g.DilationHeight == 1 && g.DilationWidth == 1
        && g.PaddingMode == PaddingMode.Zeros && !OneRun && tile.Vectors == rowVectors
        && g.InputWidth >= 16 && g.PaddingWidth < 16
        && g.KernelWidth * Tile.ColumnBodyStatements(g, tile.Rows + g.KernelHeight - 1, tile.Vectors, tile.Rows) <= Simd.Vector256.StatementBudget;

    /// <summary>Output rows the <see cref="DirectDepthwise"/> kernel computes per step, each input row loaded once for them.</summary>
    public int DirectRows => Math.Min(G.StrideHeight == 1 ? DirectRowsStride1 : 4, G.OutputHeight);

    private const int DirectRowsStride1 = 8;

    /// <summary>Lanes of the <see cref="DirectDepthwise"/> kernel's vectors: 16, or 8 for rows of 8 to 15 columns.</summary>
    public int DirectLanes => G.OutputWidth >= 16 ? 16 : Lanes;

    // Zero-padded, the same stride (1 or 2) both ways, no dilation, rows of whole vectors (the last overlapping) whose
    // input columns lie inside the row, and taps at most one lane from a vector's columns (even or odd ones at stride 2),
    // the lane shifted in from the neighbouring column. Windows up to 3x3, whose weights stay in registers; at stride 2,
    // 5x5 ones measured no faster than the kernels over a view (EfficientNet-B0's dw144k5s2@56 102 -> 104 us,
    // MobileNetV3's dw72k5s2@56 51 -> 51 us, quick runs), where 3x3 ones took 42% less time (MobileNetV2's dw96s2@112
    // 200 -> 116 us). At stride 1 rows of 16 columns and more: rows of 14 in 8-lane vectors measured slower than the
    // kernels over a view (dw384s1@14 21.1 -> 23.2 us), wider ones faster (dw32@112 114 -> 84 us, dw144s1@56 113 -> 102 us,
    // dw192s1@28 39.8 -> 36.0 us). Rows above and below the input are read from a zero row on the stack, so the input
    // row is bounded.
    private static bool DirectDepthwisePays(Conv2dGeometry g) =>
        IsDepthwise(g) && g.PaddingMode == PaddingMode.Zeros && g.StrideHeight == g.StrideWidth && g.StrideWidth is 1 or 2
        && g.DilationHeight == 1 && g.DilationWidth == 1 && g.KernelWidth <= 3 && g.KernelHeight <= 3
        && g.OutputWidth >= (g.StrideWidth == 1 ? 16 : Lanes) && (long)g.StrideWidth * g.OutputWidth <= g.InputWidth
        && g.PaddingWidth <= g.StrideWidth && g.KernelWidth - 1 - g.PaddingWidth <= g.StrideWidth && g.InputWidth <= MaxDirectRow;

    private const int MaxDirectRow = 4096;

    /// <summary>
    /// The AVX-512 kernel of a depthwise layer whose output rows fit one 8-lane vector and input rows one load (see
    /// ShortRowDepthwiseEmitter): it reads the input as it is and picks each tap's columns by a permute, where the other
    /// kernels copy each channel into a padded view and read its rows back across the stores that wrote them.
    /// BenchmarkDotNet, one thread: MobileNetV2's dw960@7 24.5 -> 10.0 us and dw576s2@14 19.4 -> 11.1 us, EfficientNet-B0's
    /// dw1152k5@7 49.1 -> 27.0 us and dw672k5s2@14 37.2 -> 29.2 us, ConvNeXt-T's dw768k7@7 52.9 -> 31.7 us.
    /// </summary>
    public bool ShortRowDepthwise { get; }

    /// <summary>
    /// The same kernel on AVX2 (the <c>ForwardVector</c> slot) for input rows of up to 8 columns: one-source permutes, the
    /// padding's lanes cleared by a mask, weights broadcast where used (16 registers).
    /// </summary>
    public bool ShortRowVector256 { get; }

    /// <summary>Columns of each input row the <see cref="ShortRowDepthwise"/> kernel loads: 8, or 16 for rows of 9 to 16.</summary>
    public int ShortRowLoad => ShortRowLoadOf(G);

    private static int ShortRowLoadOf(Conv2dGeometry g) => g.InputWidth <= Lanes ? Lanes : 2 * Lanes;

    // Zero-padded depthwise layers with output rows of 4 to 8 columns (the last row's store joined with the one before it,
    // so the store stays inside the plane) and input rows of at most 16 (one load, the plane's last rows loaded from its
    // end so that the load stays inside the channel). Any stride and dilation: the permutes pick whichever columns a tap
    // reads. A channel's rows few enough for their sums to stay in registers, and its taps few enough for its code.
    private static bool ShortRowDepthwisePays(Conv2dGeometry g) =>
        IsDepthwise(g) && g.PaddingMode == PaddingMode.Zeros
        && g.OutputWidth >= Lanes / 2 && g.OutputWidth <= Lanes && g.OutputHeight >= 2 && g.OutputHeight <= MaxShortRows
        && g.InputWidth <= 2 * Lanes && (long)g.InputHeight * g.InputWidth >= ShortRowLoadOf(g)
        && (long)g.OutputHeight * g.KernelHeight * g.KernelWidth <= MaxShortRowTaps;

    private const int MaxShortRows = 16;

    private const int MaxShortRowTaps = 400;

    /// <summary>
    /// The Vector512 kernel holds 16 output channels of one position per vector instead of 16 positions of one channel
    /// (see ChannelEmitter): each position then multiplies only the taps that fall inside the input, where the kernels over
    /// runs of positions multiply every tap, the zero padding's too, and no lanes past a row's end. Taken for layers with
    /// whole blocks of 32 output channels per group, rows of up to 28 columns, outputs of 49 positions or more, 128 taps
    /// per output or more and taps in the zero padding (18% of a 3x3 window's at 7x7, 9% at 14x14, 5% at 28x28); for
    /// rows of up to 64 columns, padded or not, of 256 taps per output or more, where those taps and lanes come to 6% or
    /// more (see WideChannelVectorsPay);
    /// and for windows that tile their input, such as a ViT patch embedding (see TiledChannelVectorsPay).
    /// The weights are rearranged into blocks of 32 output channels on the first call and kept while the public Weight
    /// array has not been handed out; after that, on each call (a write to the array must reach it), a chunk of input
    /// channels at a time.
    /// </summary>
    public bool ChannelVectors { get; }

    /// <summary>
    /// A single-threaded Forward over more than one item runs the ChannelVectors kernel (<c>ForwardItemsVector512</c>)
    /// over up to <see cref="ChannelItems"/> items at once, each rearrangement of the weights serving all of them (over the
    /// kept ones, <see cref="KeptChannelItems"/>): so also for the wider rows where one item's saving does not pay for
    /// rearranging the weights on each call.
    /// </summary>
    public bool BatchChannelVectors { get; }

    /// <summary>
    /// Items whose running sums fit the view together (BatchChannelVectors): the most that share each rearrangement of the weights.
    /// </summary>
    public int ChannelItems { get; }

    /// <summary>
    /// Items at once over the kept rearranged weights, where there is no rearrangement to share: of the ChannelItems, as
    /// many as keep their inputs and sums within about KeptChannelItemsBytes (at least one), since every block of output
    /// channels reads the items' inputs again. Eight items of VGG-16's 512->512 layer at 14x14 (3.2 MB of inputs) ran at
    /// 75-88 ms a call, one or two at a time at 62-81 ms (interleaved Stopwatch prototype of the generated file); in
    /// BenchmarkDotNet at batch 8, 0.87x -> 1.00x ONNX Runtime on one thread, and its 512->512 at 28x28 1.00x -> 1.07x.
    /// </summary>
    public int KeptChannelItems { get; }

    private const long KeptChannelItemsBytes = 1024 * 1024;

    /// <summary>Output channels per step of the ChannelVectors kernel: two vectors of 16.</summary>
    public const int ChannelBlock = 32;

    /// <summary>Input channels whose rearranged weights the ChannelVectors kernel holds at once (on the stack).</summary>
    public int ChannelVectorChunk { get; }

    /// <summary>The pieces of an output row the ChannelVectors kernel computes per step: start column and length.</summary>
    public System.Collections.Generic.IReadOnlyList<(int Start, int Length)> Segments { get; } = Array.Empty<(int, int)>();

    // 24 accumulators, two weight vectors and a broadcast input: 27 of the 32 registers.
    private const int MaxSegment = 12;

    // A row in the fewest pieces of at most MaxSegment columns, as even as they come (28 = 9 + 9 + 10).
    private static (int Start, int Length)[] RowPieces(int width)
    {
        var pieces = new (int Start, int Length)[(width + MaxSegment - 1) / MaxSegment];
        for (int i = 0, start = 0; i < pieces.Length; i++)
        {
            var length = (width - start) / (pieces.Length - i);
            pieces[i] = (start, length);
            start += length;
        }

        return pieces;
    }

    // 32 KB of rearranged weights on the stack.
    private const int MaxPackedWeights = 8 * 1024;
    private const int MaxChannelVectorPositions = 784;
    // Up to three pieces of a row (28 = 9 + 9 + 10); wider rows have few taps in the padding (2.4% of a 3x3 window's at 56x56),
    // and take this kernel only where their last vector leaves lanes idle (WideChannelVectorsPay).
    private const int MaxChannelVectorWidth = 28;

    // Rearranging the weights costs about a cycle per weight (streamed from the L3 cache, not overlapped with the
    // multiply-adds); skipping the padding saves a tenth to a fifth of positions / 16 cycles per weight. Quick runs,
    // before -> after: 14x14 outputs 10-11% faster (ResNet-18's layer3 and layer3.0.conv1, VGG-16's 512->512); 7x7
    // outputs no faster for one item while each call rearranged (layer4: 2006-2055 us against 2036-2048 us), 1.10-1.17x
    // ONNX Runtime against 1.01-1.10x with the rearranged weights kept (layer4.0.conv1, layer4). Where the array has been
    // handed out and each call rearranges again, 7x7 measured as fast as the kernels over runs of positions.
    private const int MinBatchChannelVectorPositions = 49;

    // Each output leaves the kernel through a transpose from [position][32] to NCHW, which weighs with few taps per output.
    // Quick runs against the kernels over runs: 16->32 3x3 at 28x28 (144 taps) 65 -> 62 us, 32->64 3x3 s2 into 14x14 (288)
    // 79 -> 62 us; with the transpose written one value at a time the first measured 64 -> 75 us.
    private const int MinChannelVectorTaps = 128;

    // Rows wider than MaxChannelVectorWidth, or no zero padding: where the kernels over rows compute a share of lanes past
    // the rows' ends or of taps in the padding (RunWaste) of 6% or more; for one item also over enough positions that the
    // multiply-adds saved outweigh rearranging the weights (positions x share >= 16: about a cycle per weight against
    // positions / 16 cycles of multiply-adds per weight, with a margin). Quick runs, before -> after, ONNX Runtime 1
    // thread / generated: YOLOv3's 128->256 3x3 at 52x52 (rows of 52: 3 vectors of 16 and one of 8 for 4 columns, 11% in
    // all) 0.97x -> 1.05x, Inception-v3's 5x5 at 35x35 (19%) 1.03x -> 1.14x, its unpadded stride-2 3x3 into 17x17 (a flat
    // run, 7%) 0.91x -> 0.98x; BenchmarkDotNet 0.96x -> 1.03x, 1.03x -> 1.04x (no faster: 1.65 -> 1.66 ms), 0.90x ->
    // 0.96x. Below the share they measured slower or no faster on Zen 4: ResNet-18's layer1 at 56x56 (2.4%, the padding
    // only) 1.01x -> 1.00x, SqueezeNet's 16->64 3x3 at 55x55 (4.2%) 1.02x -> 0.97x. On a core with whole 512-bit FMA
    // units (Zen 5) an 8-lane multiply-add takes a 16-lane one's slot, so RunWaste counts a row's last 8-lane vector
    // as 16 lanes: rows of 56 come to 14%, and interleaved Stopwatch runs (Zen 5, one thread) gave ResNet-18's layer1,
    // VGG-16's 3x3 layers at 56x56, DenseNet-121's 128->32 at 56x56 and the RepVGG sample's 96-channel 3x3 10-13% less
    // time, a 64-channel 3x3 at 40x40 17%, a 128->32 unpadded stride-2 3x3 into 3x17 28%; on Zen 4 ResNet-18's layer1
    // had measured 1% more. Not for fewer than MinWideChannelVectorTaps taps per output, whose outputs' stores and
    // sums cost more beside their few multiply-adds: SqueezeNet's 16->64 at 55x55 (144 taps) 5% more time on Zen 5 too.
    private static bool WideChannelVectorsPay(Conv2dGeometry g, double waste) =>
        ChannelVectorsFit(g) && waste >= MinChannelVectorWaste && WidePlaneFits(g)
        && (long)g.InChannelsPerGroup * g.KernelHeight * g.KernelWidth >= MinWideChannelVectorTaps;

    // Rows of up to MaxWideChannelVectorWidth columns, planes of MinBatchChannelVectorPositions to MaxWideChannelVectorPositions.
    private static bool WidePlaneFits(Conv2dGeometry g) =>
        g.OutputWidth <= MaxWideChannelVectorWidth
        && (long)g.OutputHeight * g.OutputWidth is >= MinBatchChannelVectorPositions and <= MaxWideChannelVectorPositions;

    private const double MinChannelVectorWaste = 0.06;
    private const int MinWideChannelVectorTaps = 256;
    private const double MinWideChannelVectorSaving = 16;
    // Rows of up to 6 pieces (their code is written out per piece and kernel column), planes up to 64x64.
    private const int MaxWideChannelVectorWidth = 64;
    private const int MaxWideChannelVectorPositions = 4096;

    /// <summary>
    /// The share of a Vector512 kernel's multiply-adds over rows that the ChannelVectors kernel does not compute: the
    /// lanes past each row's end in its last vector (16 lanes; also where the kernel takes the last up to 8 columns in
    /// an 8-lane vector, which costs a 16-lane one's slot on cores with whole 512-bit FMA units), and the taps in the zero
    /// padding. Counted over rows even where the layer's kernels read a flat run or a view per kernel column, which
    /// compute fewer such lanes but copy the input (or the output) once more for it.
    /// </summary>
    private static double RunWaste(Conv2dGeometry g)
    {
        var rest = g.OutputWidth % 16;
        var lanes = (double)g.OutputHeight * (g.OutputWidth - rest + (rest == 0 ? 0 : 16));
        var inside = (double)InsideTaps(g.OutputHeight, g.InputHeight, g.KernelHeight, g.StrideHeight, g.PaddingHeight, g.DilationHeight)
                     * InsideTaps(g.OutputWidth, g.InputWidth, g.KernelWidth, g.StrideWidth, g.PaddingWidth, g.DilationWidth);
        return 1 - inside / (lanes * g.KernelHeight * g.KernelWidth);
    }

    // Taps along one axis, summed over the output positions, that read inside the input.
    private static long InsideTaps(int outputs, int inputs, int kernel, int stride, int padding, int dilation)
    {
        long inside = 0;
        for (var o = 0; o < outputs; o++)
        for (var k = 0; k < kernel; k++)
        {
            var at = (long)o * stride - padding + (long)k * dilation;
            if (at >= 0 && at < inputs) inside++;
        }

        return inside;
    }

    // Windows that tile their input (kernel = stride, no padding or dilation, as in ViT's 16x16 patch embedding at stride
    // 16): each input value is one tap of one output, so the kernels over runs load every input vector from the L2 cache
    // again for each block of output channels (the patch embedding's at about 80% of the FMA peak), where this kernel
    // broadcasts it once per 32 output channels from the input as it is. Windows up to 256 taps (one input channel's
    // rearranged weights fill MaxPackedWeights); their code is written out per kernel column and piece of a row, hence
    // MaxTiledColumnBodies. ONNX Runtime 1 thread / generated, the patch embedding: quick runs 0.84-0.90x -> 1.01-1.03x,
    // BenchmarkDotNet 0.81-0.84x -> 0.95-1.04x (1.05x at batch 8).
    private static bool TiledChannelVectorsPay(Conv2dGeometry g) =>
        g.KernelHeight == g.StrideHeight && g.KernelWidth == g.StrideWidth && g.PaddingHeight == 0 && g.PaddingWidth == 0
        && g.DilationHeight == 1 && g.DilationWidth == 1 && g.KernelHeight * g.KernelWidth * ChannelBlock <= MaxPackedWeights
        && ChannelBlocksFit(g) && WidePlaneFits(g) && g.KernelWidth * RowPieces(g.OutputWidth).Length <= MaxTiledColumnBodies;

    // ViT-B/16 at 224x224 and 384x384 (16 kernel columns x 2 pieces of a row): files of 176 KB and 210 KB. At 512x512
    // (3 pieces) the file came to 250 KB, GeneratedSizeTests' bound.
    private const int MaxTiledColumnBodies = 32;

    private static bool ChannelVectorsPay(Conv2dGeometry g) =>
        ChannelVectorsFit(g) && (g.PaddingHeight > 0 || g.PaddingWidth > 0)
        && g.OutputWidth <= MaxChannelVectorWidth && (long)g.OutputHeight * g.OutputWidth is >= MinBatchChannelVectorPositions and <= MaxChannelVectorPositions;

    // Zero padding (the skipped taps are zeros) and windows of up to 25 taps, besides ChannelBlocksFit.
    private static bool ChannelVectorsFit(Conv2dGeometry g) =>
        g.PaddingMode == PaddingMode.Zeros && g.KernelHeight * g.KernelWidth <= 25 && ChannelBlocksFit(g);

    // Whole blocks of 32 output channels in each group (dense layers, and grouped ones such as ResNeXt's 32 x 32 channels
    // at 7x7), a window of more than one tap, and enough multiply-adds and taps per output for the rearranging and the
    // transposes.
    private static bool ChannelBlocksFit(Conv2dGeometry g) =>
        g.OutChannelsPerGroup % ChannelBlock == 0 && g.KernelHeight * g.KernelWidth > 1 && g.MultiplyAdds >= MinWideMultiplyAdds
        && (long)g.InChannelsPerGroup * g.KernelHeight * g.KernelWidth >= MinChannelVectorTaps;

    /// <summary>
    /// Output planes of fewer positions than a vector (and no flat row of one): each output is the dot product of its
    /// output channel's weights (input channel, kernel row, kernel column, contiguous) with its window, gathered into the
    /// view in the same order, <see cref="Positions"/> windows of <see cref="DotLength"/> values per channel group,
    /// multiplied a vector at a time along the window and summed across the lanes at the end. A 1x1 layer on a 1x1 input
    /// (squeeze-and-excitation) or a kernel as large as its input reads the input as it is. The scalar kernel was the only
    /// one such layers had: 0.22x ONNX Runtime on EfficientNet-B0's 1152->48 1x1 at 1x1.
    /// </summary>
    public bool Dot { get; }

    /// <summary>
    /// Positions at the end of a run (Shifted) computed as dot products along their windows, which are copied into a
    /// stack buffer in the weights' order: 7x7 = 49 positions run as 3 vectors of 16 (or 6 of 8) and one dot product
    /// instead of a last vector computing 8 lanes (or 16) for one output. <see cref="GridWidth"/> then excludes them.
    /// </summary>
    public int DotTail { get; }

    private static int DotTailOf(Conv2dGeometry g, long run)
    {
        var window = (long)g.InChannelsPerGroup * g.KernelHeight * g.KernelWidth; // DotLength, before it is set
        var tail = (int)(run % 16);
        return tail is 1 or 2 && run > 16 && !IsDepthwise(g) && window >= 64 && tail * window <= MaxTailWindows ? tail : 0;
    }

    // The tail's windows live on the stack: at most 32 KB of them.
    private const long MaxTailWindows = 8 * 1024;

    /// <summary>Values of one window (Dot): the weights of one output channel.</summary>
    public int DotLength { get; }

    /// <summary>Output positions per channel (Dot).</summary>
    public int Positions { get; }

    /// <summary>The one window is the input plane itself (Dot): nothing is gathered.</summary>
    public bool DotReadsInput { get; }

    /// <summary>One input and one output channel per group (depthwise).</summary>
    public bool IsDepthwiseLayer => IsDepthwise(G);

    /// <summary>One input and one output channel per group: kernels that hold the window's weights and share input rows.</summary>
    private static bool IsDepthwise(Conv2dGeometry g) => g.InChannelsPerGroup == 1 && g.OutChannelsPerGroup == 1;

    // Lanes computed for that many outputs in whole vectors of 8.
    private static long Computed(long useful) => (useful + Lanes - 1) / Lanes * Lanes;

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    // The kernels compute whole vectors: a row of 28 columns takes four, 32 columns for 28 (the last overlapping).
    // Laid out per kernel column, the output plane is one run of positions (28 x 28 = 98 whole vectors), at the
    // cost of a view KernelWidth times the input. Taken where the multiply-adds saved outweigh the extra copying
    // (about four multiply-adds' time per value copied), for windows up to 7 columns wide.
    private const long MaxShiftedView = 320 * 1024;

    private const long ChunkView = 96 * 1024;

    private const long MaxUnchunkedView = 384 * 1024;

    /// <summary>
    /// Input channels per chunk of a per-kernel-column view larger than the L2 cache (Shifted), else 0: the kernel pads
    /// one chunk, runs every block of output channels over it, then the next; the accumulators start from the bias for
    /// the first chunk and from the outputs stored so far for the others, and the activation applies after the last.
    /// Each output sums its taps in the same order as without chunks, so the results are the same to the bit.
    /// </summary>
    public int ChannelChunk { get; }

    private static bool ShiftedPays(Conv2dGeometry g, bool identity, int gridWidth, int phaseRows, int rowPhases, out int chunk)
    {
        chunk = 0;
        if (g.KernelWidth > 7) return false;
        // A depthwise layer does so little per channel that the flat row's copy back into the output weighs as much as
        // its multiply-adds: MobileNetV2's 960-channel layer at 7x7 measured 0.88x -> 1.00x ONNX Runtime with the view.
        var rows = gridWidth == g.OutputWidth ? g.OutputHeight : 1;
        var before = (double)rows * Computed(gridWidth);
        var run = (long)g.OutputHeight * g.OutputWidth;
        // A run one or two past whole vectors of 16 ends with dot products (DotTail), which cost about what they compute.
        double after = DotTailOf(g, run) > 0 ? run : Computed(run);
        var view = identity ? 0 : (long)g.InChannelsPerGroup * g.KernelWidth * rowPhases * phaseRows * g.OutputWidth;
        // Each block of positions reads KernelWidth times more distinct input than from the padded view: it pays while
        // the view stays within about the L2 cache (measured: ResNet-18's 128-channel layer at 28x28, a 1.29 MB view,
        // 8% faster; VGG-16's 512-channel layer at 14x14, 1.38 MB, 10% slower).
        // Past that, the view is filled and read in chunks of input channels (see ChannelChunk), each within the L2 cache.
        if (view > MaxShiftedView)
        {
            // A block that overlaps the one before (a run of 196: the last vector from 188) would add the chunk twice to the
            // outputs they share: only runs of whole 8-lane vectors (then also whole 16-lane ones and one of 8) are chunked.
            if (identity || IsDepthwise(g) || g.MultiplyAdds < MinWideMultiplyAdds) return false;
            if ((long)g.OutputHeight * g.OutputWidth % Lanes == 0) chunk = (int)Math.Max(1, ChunkView / (view / g.InChannelsPerGroup));
            // Unchunked, a little past the limit still pays: VGG-16's 512->512 at 14x14 (1.38 MB) 0.89x -> 0.92x ONNX Runtime.
            else if (view > MaxUnchunkedView) return false;
        }

        var padded = g.PaddingHeight > 0 || g.PaddingWidth > 0 || gridWidth != g.OutputWidth;
        var oldView = padded ? (long)g.InChannelsPerGroup * (g.InputHeight + 2L * g.PaddingHeight) * (g.InputWidth + 2L * g.PaddingWidth) : 0;
        var saved = g.MultiplyAdds * (before - after) / before;
        // Reading the input as it is also saves the copy a flat row makes, even where it saves no lanes.
        return (identity || IsDepthwise(g)) && gridWidth != g.OutputWidth || saved > 4.0 * g.Groups * Math.Max(0, view - oldView);
    }

    // Rows of a vector or more that leave lanes idle (28 columns: 32 computed) computed as one flat row over the padded
    // view instead, where that computes fewer lanes (28 x 28 over rows of 30: 840 for 784) and the view is padded anyway:
    // the flat row's copy back into the output is small beside a dense window's multiply-adds. Not past the views that
    // are read in bands or padded by all the parts of a parallel call together, which need rows; not for depthwise
    // layers, whose rows share their input vectors (ReusesRows). Measured on layers of a million multiply-adds and more
    // (quick runs: ResNet-18's layer2.0.conv1 0.89x -> 0.95x ONNX Runtime, VGG-16's 256->512 at 28x28 0.87x -> 0.93x).
    private static bool WideFlatPays(Conv2dGeometry g, bool vectorized, int flatWidth, long viewRows)
    {
        if (!vectorized || g.MultiplyAdds < MinWideMultiplyAdds || g.OutputWidth < Lanes || g.OutputHeight == 1 || IsDepthwise(g)) return false;
        if (g.PaddingHeight == 0 && g.PaddingWidth == 0 && g.StrideWidth == 1) return false;
        if (4L * g.InChannelsPerGroup * viewRows * flatWidth > SharedViewThreshold) return false;
        var rows = g.OutputHeight * Computed(g.OutputWidth);
        var flat = Computed((long)(g.OutputHeight - 1) * flatWidth + g.OutputWidth);
        return flat * 25 < rows * 24;
    }

    // Measured on the benchmark shapes: blocking several output rows pays when one row cannot fill eight
    // accumulators (few output channels, narrow rows), or when each output sums many taps of a real window;
    // with a 1x1 kernel or a single input channel the extra input rows cost more than they save.
    private static bool RowBlocksPay(Conv2dGeometry g, int positions)
    {
        var oneRow = 0;
        for (var ob = 1; ob <= 8; ob++)
            if (g.OutChannelsPerGroup % ob == 0) oneRow = Math.Max(oneRow, ob * Math.Min(positions, 8));
        var taps = g.InChannelsPerGroup * g.KernelHeight * g.KernelWidth;
        return oneRow < 8 || (taps >= 128 && g.KernelHeight * g.KernelWidth > 1);
    }

    public Conv2dGeometry G { get; }

    /// <summary>The activation applied to each output vector before it is stored.</summary>
    public ActivationModel Activation { get; init; } = ActivationModel.None;
    public bool UsesScratch { get; }

    /// <summary>
    /// Depthwise rows narrower than a vector (4 to 7 columns) computed one vector per row: the lanes past the row read
    /// the view's next columns (or its slack) and are stored over the start of the next output row, which is stored
    /// after it; the plane's last row stores only its own columns. Measured against a flat row copied back and a view
    /// per kernel column on MobileNetV2's depthwise layers at 7x7 (see docs/performance.md).
    /// </summary>
    public bool Overhang { get; }

    /// <summary>
    /// Rows of 8 to 15 columns in a netstandard2.0 build, and the depthwise rows of 4 to 7 that <see cref="Overhang"/>
    /// takes: its 16-lane kernel (<see cref="Simd.Numerics512"/>, which has no narrower vector beside it) computes one
    /// vector per row as <see cref="Overhang"/> does, its lanes past the row stored over the start of the next rows (see
    /// <see cref="OverhangRows"/>), which are stored after it; the plane's last rows store only their own columns. The view
    /// is then always copied, so that no load reads past the input, with 16 values of slack for the loads past its last row.
    /// </summary>
    public bool WideOverhang { get; }

    /// <summary>Whether <paramref name="simd"/>'s vectors are wider than the output rows (see <see cref="Overhang"/>, <see cref="WideOverhang"/>).</summary>
    public bool Overhangs(Simd simd) => (Overhang || WideOverhang) && simd.IsVector && simd.Lanes > GridWidth;

    /// <summary>
    /// The output rows after its own that a row's overhanging vector of <paramref name="simd"/> writes into (1 for rows of
    /// 8 to 15 columns in 16 lanes, 3 for rows of 4): the plane's last that many rows store only their own columns.
    /// </summary>
    public int OverhangRows(Simd simd) => (simd.Lanes - 1) / GridWidth;

    /// <summary>
    /// Narrow outputs (fewer columns than a vector) are computed as one flat row over the whole plane: the view holds
    /// each channel as RowPhases x ColumnStride phase planes of PhaseRows x PhaseWidth, so that output (oy, ox) and its
    /// taps sit at flat position oy * PhaseWidth + ox plus a constant. Positions past OutputWidth in each row are
    /// computed and dropped; results go to a per-thread output scratch, whose rows are then copied out.
    /// </summary>
    public bool Flat { get; }

    /// <summary>
    /// Stride-1 columns, laid out per kernel column: for each kx the view holds RowPhases planes of PhaseRows rows of
    /// OutputWidth values, value (j, ox) of phase r being padded input (j * RowPhases + r, ox + kx * DilationWidth).
    /// Tap (ky, kx) of output position p = oy * OutputWidth + ox then sits at p plus a constant, so the whole output
    /// plane is one run of positions and the kernels write it directly. Without padding a window one column wide
    /// reads the input as it is.
    /// </summary>
    public bool Shifted { get; }

    /// <summary>View values from one row phase to the next (Flat: past the column phases of a row phase; Shifted: one plane).</summary>
    private int RowPhaseStride => Shifted ? SubPlane : ColumnStride * SubPlane;

    /// <summary>View values from one kernel column to the next (Shifted).</summary>
    public int KernelColumnStride { get; }

    /// <summary>The kernel walks one flat run of positions (Flat or Shifted) rather than the output rows.</summary>
    public bool OneRun => Flat || Shifted;

    /// <summary>Row phases of the flat view (the vertical stride, or 1).</summary>
    public int RowPhases { get; }

    /// <summary>Rows of one phase plane of the flat view.</summary>
    public int PhaseRows { get; }

    /// <summary>Values of one phase plane of the flat view; 0 when not flat.</summary>
    public int SubPlane { get; }

    /// <summary>The output grid the kernel walks: OutputHeight x OutputWidth, or 1 x the flat positions.</summary>
    public int GridHeight { get; }

    /// <inheritdoc cref="GridHeight"/>
    public int GridWidth { get; }

    /// <summary>Values of one output channel as the kernel writes it: the plane, or the flat row in the output scratch.</summary>
    public int OutputChannelStride => Flat ? GridWidth : G.OutputHeight * G.OutputWidth;

    /// <summary>The stride the view's phases follow: <c>StrideWidth</c>, or 1 when there is one output column.</summary>
    public int ColumnStride { get; }

    /// <summary>View offset from one output row to the next.</summary>
    public int RowStep { get; private set; }
    public bool Vectorized { get; }
    public int PaddedRows { get; }
    public int PaddedColumns { get; }
    public int PhaseWidth { get; private set; }
    public int RowStride { get; private set; }
    public int PlaneStride { get; private set; }
    public int WindowLength { get; }
    private readonly System.Collections.Generic.Dictionary<Simd, Tile> _tiles;
    private readonly System.Collections.Generic.HashSet<int> _reusesRows = new();

    /// <summary>
    /// A depthwise kernel (one input and one output channel per group) over output rows: its window's weights are held
    /// in registers for the whole channel, and each input vector is loaded once and multiplied into every output row
    /// of the block that reads it (a 3x3 window at stride 1 over 4 rows: 18 loads per 36 multiply-adds instead of 36).
    /// Each output still sums its taps in window order, so the results are those of the plain body, to the bit.
    /// </summary>
    public bool ReusesRows(Simd simd) => simd.IsVector && _reusesRows.Contains(simd.Registers);

    // The scalar fallback, which runs only where nothing is accelerated, is plain loops over the window and the channels,
    // around a block of 2 output channels x 2 columns: one output at a time measured 3x slower (95 ms against 32 ms on
    // ResNet-18's 128-channel layer at 28x28).
    /// <summary>The register block <paramref name="simd"/>'s kernel computes per step (it depends on the registers it has).</summary>
    public Tile TileOf(Simd simd) => simd == Simd.Vector512 || simd == Simd.Numerics512 ? _wideTile! : simd.IsVector ? _tiles[simd] : _scalarTile;

    private Tile? _wideTile;

    private readonly Tile _scalarTile;

    // A view larger than this (the L2 cache) streams from the L3 cache or memory once per block of output channels; the
    // kernel then works through the output in bands of rows, every block of channels over one band while its input rows
    // (about BandBytes) stay in the L2 cache. From 8 MB down to 1 MB, quick runs against ONNX Runtime, before -> after:
    // ResNet-50's 256->64 1x1 at 56x56 (3.2 MB) 1.05x -> 1.12x, MobileNetV2's 32->16 1x1 at 112x112 (1.6 MB) 1.41x ->
    // 1.50x; VGG-16's 3x3 layers at 56x56 and 112x112 and Inception-v3's at 73x73 and 149x149 unchanged (1.00-1.04x).
    // BenchmarkDotNet, against the last full runs: 1.08x -> 1.13x, 1.42x -> 1.50x; VGG-16's 64->128 at 112x112 1.04x ->
    // 1.09x, Inception-v3's 32->32 at 147x147 1.03x -> 1.09x, none slower.
    private const long BandThreshold = 1L * 1024 * 1024;
    private const long BandBytes = 256L * 1024;

    /// <summary>
    /// A padded view over <see cref="SharedViewThreshold"/> of one channel group: a parallel call has its parts pad one
    /// view together (each a share of the channels), then every part reads it. A copy per part streams a view that
    /// fits no L2 from memory once per thread: two threads on VGG-16's 64-channel layer at 224x224 ran at 1.5x one
    /// thread that way, 1.8x with one view; its 128-channel layer at 112x112 (6.6 MB) went from 22.5-22.9 ms to
    /// 18.9-19.3 ms. At 3.4 MB (256 channels at 56x56) alternating runs did not agree, so the threshold sits above it.
    /// </summary>
    public bool SharedView => UsesScratch && !OneRun && !Dot && G.Groups == 1 && ViewBytes > SharedViewThreshold;

    private const long SharedViewThreshold = 4L * 1024 * 1024;

    /// <summary>Bytes of one channel group as the kernel reads it: the padded view, or the input itself without one.</summary>
    private long ViewBytes => 4L * G.InChannelsPerGroup * (UsesScratch ? PlaneStride : (long)G.InputHeight * G.InputWidth);

    /// <summary>
    /// Positions per span of a 1x1 layer's run over an input larger than the L2 cache (the input read as it is), else 0:
    /// the kernel runs every block of output channels over one span while its input (about SpanBytes) stays in the
    /// L2 cache, then the next, instead of streaming the whole input from the L3 cache once per block of channels (SSD's
    /// 1024->1024 1x1 at 19x19, a 1.48 MB input read 256 times: 7.09 -> 6.86-6.92 ms in a Stopwatch prototype; quick runs
    /// against ONNX Runtime 0.93x -> 1.00x, and ResNet-50's 512->128 1x1 at 28x28, 1.6 MB, 1.03x -> 1.08x). Spans are
    /// whole blocks of the kernel's columns; the run's last columns (past the whole blocks) go with the last span. The
    /// AVX2 kernel (16 registers) of such a layer goes in <see cref="InputChunk"/>'s chunks instead.
    /// The same over columns for a kernel over output rows whose view exceeds the L2 cache but whose rows cannot be
    /// banded (<see cref="BandRows"/> is 0: its output is one block of rows, as a 1-D layer's single row), spans of about
    /// BandBytes of the view: Whisper-tiny's 384->384 1x3 stride-2 layer over 3000 frames (a 4.6 MB view) read it once per
    /// block of 4 output channels, 96 times; quick runs against ONNX Runtime (Zen 5) 0.65x -> 0.83x, wav2vec 2.0's
    /// 512->512 stride-2 layer (6.5 MB) 0.86x -> 0.97x. Twice the span measured the same.
    /// </summary>
    public int RunSpan(Simd simd)
    {
        if (DotTail > 0 || ViewBytes <= SpanThreshold || !simd.IsVector) return 0;
        var step = TileOf(simd).Vectors * simd.Lanes;
        var mainEnd = MainColumnsEnd(simd);
        long span;
        if (Shifted && !UsesScratch)
            span = Math.Max(step, SpanBytes / (4L * G.InChannelsPerGroup) / step * step);
        else if (!OneRun && ChannelChunk == 0 && BandRows(simd) == 0)
            span = Math.Max(step, BandBytes / Math.Max(1, ViewBytes / GridWidth) / step * step);
        else
            return 0;
        return span >= mainEnd ? 0 : (int)span;
    }

    private const long SpanThreshold = BandThreshold;
    private const long SpanBytes = 384 * 1024;

    /// <summary>
    /// Input channels per chunk (all of them, or fewer) of the 256-bit kernel with 16 registers over one run of
    /// positions, else 0: for each chunk the kernel runs every block of output channels over one block of positions
    /// while that block's inputs from the chunk stay in the cache, then the next block of positions; each chunk adds to
    /// the sums stored so far, in the same order as without chunks. Without them each block of output channels reads the
    /// whole view again. Only where the layer also has the 16-lane kernel, so that this kernel runs only on cores without
    /// AVX-512.
    /// On Zen 1 (256-bit operations split in two, 512 KB of L2), for views over 256 KB, chunks of 64 KB of inputs per
    /// block (interleaved Stopwatch runs: ResNet-18's layer3.0.conv1 4.02 -> 3.28-3.36 ms with chunks of 18-64 channels,
    /// VGG-16's 512->512 at 14x14 27.7 -> 25.7-26.5 ms with 64-128). On Zen 4 with AVX-512 turned off, whose two 256-bit
    /// FMA pipes ask twice Zen 1's loads per cycle, a chunk's inputs for one block come to about 8 KB (a quarter of a
    /// 32 KB L1 cache) in layers of up to 2 MB of weights, 1x1 layers and small views included; all channels at once
    /// where they come to 16 KB at most (and not at all for a 1x1 layer or a view up to 256 KB then: ResNet-18's 1x1
    /// downsampling at 28x28 measured 5% slower in one chunk); layers of more weights keep chunks of 64 KB, whose small
    /// chunks read a few hundred bytes of each weight row from the L3 cache (ResNet-18's layer4, 9.4 MB, 6% slower). In
    /// interleaved Stopwatch runs: ResNet-18's layer2 and layer2.0.conv1 21-22% less time, MobileNetV2's 1x1 projections
    /// at 7x7-28x28 7-18%, ResNet-18's layer4.0.downsample 24%; see docs/performance.md.
    /// </summary>
    public int InputChunk(Simd simd)
    {
        if (simd != Simd.Vector256 || !Shifted || ChannelChunk > 0 || G.Groups != 1
            || !Kernels.Contains(Simd.Vector512) || UnrollChannels(simd) || MainColumnsEnd(simd) == 0)
            return 0;
        var inputs = 4L * WindowLength * TileOf(simd).Vectors * simd.Lanes;
        var channels = G.InChannelsPerGroup;
        var oneChunk = channels * inputs <= 2 * L1ChunkBytes;
        if (oneChunk && (ViewBytes <= InputChunkView || WindowLength == 1)) return 0;
        if (4L * G.OutChannels * channels * WindowLength > L1ChunkWeights)
            return (int)Math.Min(channels, Math.Max(1, InputChunkBytes / inputs));
        if (oneChunk) return channels;
        // Chunks of about equal size: 18 channels as 9 + 9, not 14 + 4, whose second chunk resumes every sum for 4.
        var perChunk = Math.Max(1, L1ChunkBytes / inputs);
        var chunks = (channels + perChunk - 1) / perChunk;
        return (int)((channels + chunks - 1) / chunks);
    }

    // A view up to this size stays in a 512 KB L2 cache beside the weights and outputs: in one chunk, read whole per
    // block of channels.
    private const long InputChunkView = 256 * 1024;
    private const long InputChunkBytes = 64 * 1024;
    private const long L1ChunkBytes = 8 * 1024;
    private const long L1ChunkWeights = 2 * 1024 * 1024;

    /// <summary>
    /// The padded rows <c>Pad</c> copies, [First, End) every Step: with a vertical stride and every kernel row on the same
    /// row phase (a 1x1 kernel, say), only the rows of that phase are read; with zero padding only those holding input
    /// rows are copied, and the rows around them stay zero.
    /// </summary>
    public (int First, int End, int Step) CopiedRows => _copiedRows ??= RowsToCopy();

    private (int First, int End, int Step)? _copiedRows;

    private (int First, int End, int Step) RowsToCopy()
    {
        var rowStride = G.OutputHeight == 1 ? 1 : G.StrideHeight;
        var residues = Enumerable.Range(0, G.KernelHeight).Select(ky => (long)ky * G.DilationHeight % rowStride).Distinct().ToList();
        var (first, step) = rowStride > 1 && residues.Count == 1 ? ((int)residues[0], rowStride) : (0, 1);
        if (G.PaddingMode != PaddingMode.Zeros) return (first, PaddedRows, step);
        return (first + Math.Max(0, (G.PaddingHeight - first + step - 1) / step) * step, G.PaddingHeight + G.InputHeight, step);
    }

    /// <summary>
    /// Whether the kernel of <paramref name="simd"/> pads its view band by band (see <see cref="BandRows"/>): just before
    /// each band, the rows it reads that no band before it did, so that they are still in the L2 cache when the kernel
    /// reads them; a view padded whole first is read back from the L3 cache or memory. Each row is copied once either
    /// way, so the results are the same to the bit. Only for views over 4 MB (<see cref="SharedView"/>) of up to 64
    /// input channels: a band's pad copies a few rows of each channel, a short run the hardware prefetcher barely starts
    /// on, and with more channels or a smaller view those runs cost more than they save. Interleaved Stopwatch runs, one
    /// thread, AVX-512, before -> after: YOLOv5s's 3-channel 6x6 stride-2 stem at 640x640 (a 4.9 MB view) and YOLOv8n's
    /// 16-channel stride-2 3x3 at 320x320 (6.6 MB) 9% less time, U-Net's 64-channel 3x3 at 256x256 (17 MB) 6%, VGG-16's
    /// 64-channel 3x3 at 224x224 (13 MB) 5%; VGG-16's 128-channel 3x3 at 112x112 (6.6 MB) 4% more, Stable Diffusion's
    /// 320 channels at 64x64 (5.6 MB) unchanged, and views of 1.7 MB (DenseNet-121's 128 channels at 56x56, YOLOv8n's 64
    /// at 80x80) 2-5% more.
    /// </summary>
    public bool PadsByBand(Simd simd) =>
        SharedView && G.InChannelsPerGroup <= MaxBandPadChannels && ChannelChunk == 0 && DotTail == 0 && CopiedRows.Step == 1
        && InputChunk(simd) == 0 && BandRows(simd) > 0;

    private const int MaxBandPadChannels = 64;

    /// <summary>Whether some kernel pads by band (<see cref="PadsByBand"/>): <c>Pad</c> then takes the rows to pad.</summary>
    public bool PadsRowRanges => GeneralKernels.Any(PadsByBand);

    /// <summary>
    /// The kernels of the general emitter (ForwardEmitter's blocks of output channels x positions). The others have
    /// emitters of their own: with ChannelVectors ChannelEmitter writes the Vector512 kernel, with DirectDepthwise
    /// DirectDepthwiseEmitter, with DirectWideDepthwise DirectWideDepthwiseEmitter; see also <see cref="ShortRowKernel"/> and
    /// <see cref="LaneShiftKernel"/>.
    /// </summary>
    public System.Collections.Generic.IEnumerable<Simd> GeneralKernels =>
        Kernels.Where(simd => (simd != Simd.Vector512 || !ChannelVectors && !DirectDepthwise && !DirectWideDepthwise)
                              && !ShortRowKernel(simd) && !LaneShiftKernel(simd));

    /// <summary>Whether ShortRowDepthwiseEmitter writes the kernel of <paramref name="simd"/>: the Avx512 one with ShortRowDepthwise, the Vector256 one with ShortRowVector256.</summary>
    public bool ShortRowKernel(Simd simd) => simd == Simd.Avx512 && ShortRowDepthwise || simd == Simd.Vector256 && ShortRowVector256;

    /// <summary>Output rows per band (see <see cref="BandThreshold"/>); 0 where the kernel runs every row per block of channels.</summary>
    public int BandRows(Simd simd)
    {
        var rows = TileOf(simd).Rows;
        if (OneRun || ViewBytes <= BandThreshold) return 0;
        var bytesPerOutputRow = 4L * G.InChannelsPerGroup * RowStride * (G.OutputHeight == 1 ? 1 : G.StrideHeight);
        var band = (int)Math.Max(rows, BandBytes / bytesPerOutputRow / rows * rows);
        return band >= G.OutputHeight ? 0 : band;
    }

    /// <summary>Output channels per unit of work handed to a thread: a whole number of blocks of every kernel.</summary>
    public int ChannelUnit { get; }

    /// <summary>The kernels written for this layer, widest first; Forward runs the first one the processor accelerates.</summary>
    public System.Collections.Generic.IReadOnlyList<Simd> Kernels { get; }

    /// <summary>
    /// Columns at the end of each row (or run) that the Vector512 kernel computes with one 8-lane vector, ending at the
    /// row's end: up to 8 left over past its 16-lane vectors (56 columns: three of 16, then one of 8). Else 0.
    /// </summary>
    public int NarrowTail(Simd simd)
    {
        if (simd != Simd.Vector512 || ReusesRows(simd)) return 0;
        var rest = (GridWidth - MainColumnsEnd(simd)) % 16;
        return rest <= Lanes ? rest : 0;
    }

    /// <summary>Where the full column blocks of <paramref name="simd"/> end; the rest is one overlapping tail block.</summary>
    public int MainColumnsEnd(Simd simd) => GridWidth / (TileOf(simd).Vectors * simd.Lanes) * (TileOf(simd).Vectors * simd.Lanes);
    public int ScratchLength => Dot ? Positions * DotLength : G.InChannelsPerGroup * PlaneStride + (WideOverhang ? Simd.Numerics512.Lanes : Overhang ? Lanes : 0);

    /// <summary>Values of the flat output scratch: one flat row per output channel of a block.</summary>
    public int FlatScratchLength => Kernels.Max(k => TileOf(k).Channels) * GridWidth;

    /// <summary>Offset in the view of tap (ky, kx) of input channel <paramref name="channel"/>, from the first tap of output (y, x) at channel 0.</summary>
    public int TapOffset(int channel, int ky, int kx) => channel * PlaneStride + RowTapOffset(ky) + ColumnTapOffset(kx);

    private int RowTapOffset(int ky)
    {
        var row = ky * G.DilationHeight;
        return OneRun ? row % RowPhases * RowPhaseStride + row / RowPhases * RowStride : row * RowStride;
    }

    private int ColumnTapOffset(int kx)
    {
        var column = kx * G.DilationWidth;
        if (Shifted && UsesScratch) return kx * KernelColumnStride;
        if (!UsesScratch) return column;
        return Flat ? column % ColumnStride * SubPlane + column / ColumnStride : column % ColumnStride * PhaseWidth + column / ColumnStride;
    }

    /// <summary>The view offset of kernel row <paramref name="ky"/> (a C# expression) from row 0.</summary>
    public string RowTapExpression(string ky)
    {
        var dilated = Names.Affine(ky, G.DilationHeight, 0);
        if (!OneRun || RowPhases == 1) return Names.Affine(ky, G.DilationHeight * RowStride, 0);
        // A window no taller than the stride (a patch embedding: 16x16 at stride 16) has each kernel row in a phase of its
        // own, at row 0 of it: the remainder is the row and the quotient 0, without the division (the JIT's signed
        // division by a power of two took 15 instructions of each tap's loop turn).
        if ((long)(G.KernelHeight - 1) * G.DilationHeight < RowPhases) return Names.Affine(ky, G.DilationHeight * RowPhaseStride, 0);
        return $"({dilated}) % {RowPhases} * {RowPhaseStride} + ({dilated}) / {RowPhases} * {RowStride}";
    }

    /// <summary>Where padded row <paramref name="row"/>, column 0, starts in one channel of the view (a C# expression).</summary>
    public string ViewRowExpression(string row) =>
        OneRun && RowPhases > 1 ? $"{row} % {RowPhases} * {RowPhaseStride} + {row} / {RowPhases} * {RowStride}" : Names.Affine(row, RowStride, 0);

    /// <summary>Where padded column <paramref name="column"/> lands from its row's start (a C# expression).</summary>
    public string ViewColumnExpression(string column) =>
        ColumnStride == 1 ? column : $"{column} % {ColumnStride} * {(Flat ? SubPlane : PhaseWidth)} + {column} / {ColumnStride}";

    /// <summary>The window is looped over kernel rows rather than written out tap by tap (the budget holds for all bodies together).</summary>
    public bool LoopKernelRows(Simd simd) => WindowLength * TileOf(simd).StatementsPerTap * Bodies(simd) > simd.StatementBudget;

    /// <summary>Kernel rows that would be too long written out loop over their columns too.</summary>
    public bool LoopKernelColumns(Simd simd) => LoopKernelRows(simd) && G.KernelWidth * TileOf(simd).StatementsPerTap * Bodies(simd) > simd.StatementBudget;

    /// <summary>The view offset of kernel column <paramref name="kx"/> (a C# expression) from column 0 of its row.</summary>
    public string ColumnTapExpression(string kx)
    {
        var dilated = Names.Affine(kx, G.DilationWidth, 0);
        if (Shifted && UsesScratch) return Names.Affine(kx, KernelColumnStride, 0);
        if (!UsesScratch || ColumnStride == 1) return dilated;
        // As for rows (RowTapExpression): a window no wider than the stride reads each kernel column from a phase of its own.
        if ((long)(G.KernelWidth - 1) * G.DilationWidth < ColumnStride) return Names.Affine(kx, G.DilationWidth * (Flat ? SubPlane : PhaseWidth), 0);
        return $"({dilated}) % {ColumnStride} * {(Flat ? SubPlane : PhaseWidth)} + ({dilated}) / {ColumnStride}";
    }

    /// <summary>
    /// Input channels written out in each body (the main column blocks and the tail): the whole group when all of it
    /// fits the kernel's statement budget, else one channel per loop turn, whose overhead is small beside the
    /// multiply-adds of a window. Never with <see cref="ChannelChunk"/>, whose bodies take one chunk's channels.
    /// </summary>
    public bool UnrollChannels(Simd simd) =>
        ChannelChunk == 0
        && G.InChannelsPerGroup * WindowLength <= 36
        && G.InChannelsPerGroup * WindowLength * TileOf(simd).StatementsPerTap * Bodies(simd) <= simd.StatementBudget;

    private int Bodies(Simd simd) => (MainColumnsEnd(simd) > 0 ? 1 : 0) + (MainColumnsEnd(simd) < GridWidth ? 1 : 0);
}
