package org.carepath.bench;

/** One benchmark: it prepares its own data through the API, loads the running suite and writes its figures. */
public interface Benchmark {

    /** The report section's title. */
    String title();

    void run(BenchContext bench) throws Exception;
}
