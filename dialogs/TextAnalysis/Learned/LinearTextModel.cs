namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>
/// One logistic regression per label over binary hashed n-grams, each message's vector scaled to unit length.
/// Trained by AdaGrad from zero weights, one example at a time in the given order: the same examples give the same
/// weights on every machine and run (no random start, no shuffling, no threads).
/// </summary>
internal sealed class LinearTextModel
{
    // Interleaved, [bucket * labels + label]: one cache line serves every label of a bucket.
    private readonly float[] _weights;
    private readonly double[] _bias;

    private LinearTextModel(IReadOnlyList<string> labels, float[] weights, double[] bias)
    {
        Labels = labels;
        _weights = weights;
        _bias = bias;
    }

    public IReadOnlyList<string> Labels { get; }

    /// <param name="examples">The labelled messages, in the order they are learned.</param>
    /// <param name="labels">The labels, one model each.</param>
    /// <param name="epochs">Passes over the examples.</param>
    /// <param name="learningRate">AdaGrad's base step.</param>
    /// <param name="l2">Weight decay per step.</param>
    /// <param name="healthyWeight">
    /// How much more a message with no label at all counts than one with a label: most labelled statements name a
    /// pitfall, and a false alarm on healthy talk costs more than a miss, so the few healthy ones weigh more.
    /// The defaults are the leave-one-set-out choice (docs/analyzer.md).
    /// </param>
    public static LinearTextModel Train(IReadOnlyList<TrainingExample> examples, IReadOnlyList<string> labels, int epochs = 20, double learningRate = 0.5, double l2 = 3e-4, double healthyWeight = 10)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(labels);

        // Train over the buckets that occur (a few thousand), not over all of them.
        var compact = new Dictionary<int, int>();
        var rows = new int[examples.Count][];
        for (var e = 0; e < examples.Count; e++)
        {
            rows[e] = [.. Distinct(examples[e].Features).Select(id => compact.TryGetValue(id, out var c) ? c : compact[id] = compact.Count)];
        }

        var exampleWeights = examples.Select(x => x.Labels.Count == 0 ? healthyWeight : 1.0).ToArray();
        var weights = new float[TextFeatures.Size * labels.Count];
        var bias = new double[labels.Count];
        for (var l = 0; l < labels.Count; l++)
        {
            var targets = examples.Select(x => x.Labels.Contains(labels[l]) ? 1.0 : 0.0).ToArray();
            var (w, b) = Fit(rows, targets, exampleWeights, compact.Count, epochs, learningRate, l2);
            foreach (var (id, c) in compact)
            {
                weights[(id * labels.Count) + l] = (float)w[c];
            }

            bias[l] = b;
        }

        return new LinearTextModel(labels, weights, bias);
    }

    /// <summary>The probability of each label, in <see cref="Labels"/> order.</summary>
    public double[] Predict(IReadOnlyList<TextFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);

        // Sorting the ids finds the distinct ones without a set: this runs for every message analysed.
        Span<int> ids = features.Count <= 2048 ? stackalloc int[features.Count] : new int[features.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = features[i].Id;
        }

        ids.Sort();
        var sums = new double[Labels.Count];
        var distinct = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (i > 0 && ids[i] == ids[i - 1])
            {
                continue;
            }

            distinct++;
            var at = ids[i] * sums.Length;
            for (var l = 0; l < sums.Length; l++)
            {
                sums[l] += _weights[at + l];
            }
        }

        var scale = distinct == 0 ? 0 : 1 / Math.Sqrt(distinct);
        for (var l = 0; l < sums.Length; l++)
        {
            sums[l] = Sigmoid(_bias[l] + (sums[l] * scale));
        }

        return sums;
    }

    /// <summary>The features of the message that push hardest towards the label, strongest first.</summary>
    public IEnumerable<TextFeature> Strongest(int label, IReadOnlyList<TextFeature> features) =>
        features.Where(f => Weight(f.Id, label) > 0).OrderByDescending(f => Weight(f.Id, label)).ThenBy(f => f.Start);

    private float Weight(int id, int label) => _weights[(id * Labels.Count) + label];

    // AdaGrad over the examples in their given order: each weight gets its own step size, so rare n-grams learn as
    // fast as common ones; a fixed number of passes keeps the result independent of timing.
    private static (double[] Weights, double Bias) Fit(int[][] rows, double[] targets, double[] exampleWeights, int width, int epochs, double learningRate, double l2)
    {
        var w = new double[width];
        var squares = new double[width];
        var b = 0.0;
        var biasSquares = 0.0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            for (var e = 0; e < rows.Length; e++)
            {
                var row = rows[e];
                var scale = row.Length == 0 ? 0 : 1 / Math.Sqrt(row.Length);
                var z = b;
                foreach (var c in row)
                {
                    z += w[c] * scale;
                }

                var error = (Sigmoid(z) - targets[e]) * exampleWeights[e];
                foreach (var c in row)
                {
                    var g = (error * scale) + (l2 * w[c]);
                    squares[c] += g * g;
                    w[c] -= learningRate * g / (Math.Sqrt(squares[c]) + 1e-8);
                }

                biasSquares += error * error;
                b -= learningRate * error / (Math.Sqrt(biasSquares) + 1e-8);
            }
        }

        return (w, b);
    }

    private static List<int> Distinct(IReadOnlyList<TextFeature> features)
    {
        var seen = new HashSet<int>();
        var ids = new List<int>(features.Count);
        foreach (var f in features)
        {
            if (seen.Add(f.Id))
            {
                ids.Add(f.Id);
            }
        }

        return ids;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
