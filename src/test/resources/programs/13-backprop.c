/* 13-backprop: the tiny network of the lesson, 1 -> 2 relu -> 1.
 * It prints the numbers the lesson shows: the forward pass, the
 * mean squared error (MSE), the backward pass,
 * one update and the training.
 * Compile and run: cc -std=c99 -o backprop 13-backprop.c && ./backprop
 */
#include <stdio.h>

#define POINTS 5 /* how many data points */
#define HIDDEN 2 /* how many hidden neurons */

/* The data: for each input x, the output y the network should give. */
static const double x[POINTS] = {-2, -1, 0, 1, 2};
static const double y[POINTS] = {2, 1, 0, 1, 2};

/* The parameters. Hidden neuron i has weight w[i] and bias b[i];
 * the output has a weight v[i] per neuron and the bias c.
 * C counts from 0, so w[0] is the lesson's w_1. */
static double w[HIDDEN] = {1, -1};
static double b[HIDDEN] = {0.5, 0.25};
static double v[HIDDEN] = {1, 0.5};
static double c = 0.5;

static const double rate = 0.1; /* the learning rate */
static const int steps = 200; /* how many updates training makes */

/* ReLU, the activation: max(0, z). */
static double relu(double z) { return z > 0 ? z : 0; }

/* The slope of ReLU: 1 where z > 0, and 0 where z <= 0
 * (at exactly 0 too, as the lesson does). */
static double relu_slope(double z) { return z > 0 ? 1 : 0; }

/* The forward pass for one input: each neuron's weighted sum z
 * and output a, and the network's output f. */
static double forward(double input, double z[HIDDEN], double a[HIDDEN])
{
    double f = c;
    for (int i = 0; i < HIDDEN; i++) {
        z[i] = w[i] * input + b[i];
        a[i] = relu(z[i]);
        f += v[i] * a[i];
    }
    return f;
}

/* The MSE: the mean of the squared errors over all the points. */
static double mse(void)
{
    double z[HIDDEN], a[HIDDEN], sum = 0;
    for (int p = 0; p < POINTS; p++) {
        double error = forward(x[p], z, a) - y[p];
        sum += error * error;
    }
    return sum / POINTS;
}

/* The gradient: the slope of the MSE (L) for every parameter. */
typedef struct {
    double w[HIDDEN], b[HIDDEN], v[HIDDEN], c;
} Gradient;

/* Prints -0 as 0: a product with a slope of 0 may come out as -0. */
static double tidy(double value) { return value == 0 ? 0 : value; }

/* The backward pass: the chain rule, from the output back to
 * the hidden layer, summed over the points. */
static Gradient backward(int show)
{
    Gradient g = {0}; /* every slope starts at 0 */
    for (int p = 0; p < POINTS; p++) {
        double z[HIDDEN], a[HIDDEN];
        double f = forward(x[p], z, a);
        double dL_df = 2 * (f - y[p]) / POINTS; /* this point's share */
        if (show)
            printf("x = %9.6f  dL/df = %9.6f\n", x[p], dL_df);
        g.c += dL_df; /* f = ... + c, so df/dc = 1 */
        for (int i = 0; i < HIDDEN; i++) {
            double dL_dz = dL_df * v[i] * relu_slope(z[i]);
            if (show)
                printf("    dL/dz_%d = %9.6f\n", i + 1, tidy(dL_dz));
            g.v[i] += dL_df * a[i]; /* df/dv_i = a_i */
            g.w[i] += dL_dz * x[p]; /* dz_i/dw_i = x */
            g.b[i] += dL_dz;        /* dz_i/db_i = 1 */
        }
    }
    return g;
}

/* One update: every parameter takes a step against its slope. */
static void update(Gradient g)
{
    for (int i = 0; i < HIDDEN; i++) {
        w[i] -= rate * g.w[i];
        b[i] -= rate * g.b[i];
        v[i] -= rate * g.v[i];
    }
    c -= rate * g.c;
}

static void print_parameters(void)
{
    for (int i = 0; i < HIDDEN; i++) {
        printf("w_%d = %9.6f  b_%d = %9.6f\n",
               i + 1, w[i], i + 1, b[i]);
    }
    for (int i = 0; i < HIDDEN; i++) {
        printf("v_%d = %9.6f\n", i + 1, v[i]);
    }
    printf("c = %9.6f\n", c);
}

int main(void)
{
    printf("forward pass\n");
    for (int p = 0; p < POINTS; p++) {
        double z[HIDDEN], a[HIDDEN];
        double f = forward(x[p], z, a);
        printf("x = %9.6f\n", x[p]);
        for (int i = 0; i < HIDDEN; i++) {
            printf("    z_%d = %9.6f  a_%d = %9.6f\n",
                   i + 1, z[i], i + 1, a[i]);
        }
        printf("    f = %9.6f  error = %9.6f\n", f, f - y[p]);
    }
    printf("MSE = %.6f\n", mse());

    printf("\nbackward pass\n");
    Gradient g = backward(1);
    printf("output layer\n");
    for (int i = 0; i < HIDDEN; i++) {
        printf("    dL/dv_%d = %9.6f\n", i + 1, g.v[i]);
    }
    printf("    dL/dc = %9.6f\n", g.c);
    printf("hidden layer\n");
    for (int i = 0; i < HIDDEN; i++) {
        printf("    dL/dw_%d = %9.6f  dL/db_%d = %9.6f\n",
               i + 1, g.w[i], i + 1, g.b[i]);
    }

    printf("\none update at learning rate %g\n", rate);
    update(g);
    print_parameters();
    printf("MSE = %.6f\n", mse());

    printf("\ntraining\n");
    /* Step 1 was the update above; the rest go on from there. */
    for (int step = 2; step <= steps; step++) {
        update(backward(0));
        if (step % 20 == 0 || step == steps) {
            printf("step %d: MSE = %.9f\n", step, mse());
        }
    }
    print_parameters();
    return 0;
}
