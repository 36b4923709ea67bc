// The comparison page's script (test/bench/shoelace/build.sh bundles it): Shoelace's input and button,
// cherry-picked. The page's submit handler is the plain page's (/plain/form.js, served by the bench).
import "@shoelace-style/shoelace/dist/components/input/input.js";
import "@shoelace-style/shoelace/dist/components/button/button.js";
