# The two commands of the README. Each does all set-up on a fresh Debian 12
# machine: installs the missing Debian packages, configures, builds.
#   make demo   the report on the bundled example
#   make test   the whole test suite
BUILD ?= build
PACKAGES := cmake g++ make pkg-config libcli11-dev libfmt-dev libyaml-cpp-dev doctest-dev libgmp-dev \
            help2man man-db bash-completion zsh jq dpkg-dev file
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Warnings are errors in CI (CI=true there), and reported only elsewhere.
WERROR ?= $(if $(CI),ON,OFF)

FUZZ_PACKAGES := clang-14 libclang-rt-14-dev
FUZZ_SECONDS ?= 30

.PHONY: demo test deps build sanitize fuzz deb deb-test clean

demo: build
	./$(BUILD)/zhibiao report examples/national-2022.yaml

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j2

deps:
	@missing=$$(for p in $(PACKAGES) $(EXTRA_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZHIBIAO_WERROR=$(WERROR)
	cmake --build $(BUILD) -j2

# The test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DZHIBIAO_SANITIZE=ON -DZHIBIAO_WERROR=$(WERROR)
	cmake --build build-asan -j2
	ctest --test-dir build-asan --output-on-failure -j2

# Each libFuzzer target for FUZZ_SECONDS on the seed corpus in tests/fuzz/, with
# the dictionary of target words tests/fuzz/zhibiao.dict.
fuzz:
	$(MAKE) deps EXTRA_PACKAGES="$(FUZZ_PACKAGES)"
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
	  -DZHIBIAO_FUZZ=ON -DBUILD_TESTING=OFF
	cmake --build build-fuzz -j2 --target grammar_fuzz loader_fuzz
	rm -rf build-fuzz/corpus && mkdir -p build-fuzz/corpus/grammar build-fuzz/corpus/loader
	./build-fuzz/grammar_fuzz -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -dict=tests/fuzz/zhibiao.dict \
	  -artifact_prefix=build-fuzz/ build-fuzz/corpus/grammar tests/fuzz/corpus/grammar
	./build-fuzz/loader_fuzz -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -dict=tests/fuzz/zhibiao.dict \
	  -artifact_prefix=build-fuzz/ build-fuzz/corpus/loader tests/fuzz/corpus/loader examples tests/bad

# The Debian package: build/zhibiao_VERSION_ARCH.deb
deb: build
	cd $(BUILD) && cpack -G DEB

# Installs the .deb on this machine, uses it as a user would, removes it.
deb-test: deb
	$(SUDO) apt-get install -y -qq ./$(BUILD)/zhibiao_*.deb
	zhibiao --version
	zhibiao report /usr/share/doc/zhibiao/examples/huolinguole-2020.yaml | grep -q '地区生产总值.*150.81'
	man -w zhibiao
	bash -c 'source /usr/share/bash-completion/completions/zhibiao && complete -p zhibiao'
	$(SUDO) apt-get remove -y -qq zhibiao

clean:
	rm -rf $(BUILD) build-asan build-fuzz
