# wattprint_add_qtest(<source> LIBS <targets...>)
# Builds one Qt Test executable from tst_<name>.cpp and registers one ctest entry
# per private test slot, so ctest counts (and reports) each test function.
function(wattprint_add_qtest source)
  cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS} wattprint_warnings)
  target_compile_definitions(${name} PRIVATE
    WATTPRINT_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures"
    WATTPRINT_OUTPUT_DIR="${PROJECT_BINARY_DIR}/test-output"
    WATTPRINT_EXCERPTS="${PROJECT_SOURCE_DIR}/tests/fixtures/butter-e"
    # tests/support/demostorecache.h keys its cached demo stores by these libraries' digests.
    WATTPRINT_MODELS_LIBRARY="$<TARGET_FILE:wattprint_models>"
    WATTPRINT_ANALYSIS_LIBRARY="$<TARGET_FILE:wattprint_analysis>")

  set(environment "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
  set(environment_modification "")
  # Under AddressSanitizer, libasan's __tls_get_addr interceptor records a bogus dynamic TLS block
  # for libjpeg.so.62 (dlopened by Qt's JPEG plugin), and LeakSanitizer's tracer then crashes
  # scanning it at exit. Dynamic TLS blocks stay reachable through glibc's DTV, so leaks are still
  # found without the interceptor (docs/architecture.md, "Tests and benchmarks").
  # Added to whatever ASAN_OPTIONS the caller set (suppressions, detect_leaks=0), not in their place.
  if(CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*address")
    set(environment_modification "ASAN_OPTIONS=path_list_append:intercept_tls_get_addr=0")
  endif()

  file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/test-output)
  # The slot list is read here: a new or removed slot must re-run the configure step.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
  file(READ ${source} text)
  # Only the slots section: from "private slots:" up to the closing "};" of the class.
  string(REGEX MATCH "private slots:[^}]*" slots "${text}")
  string(REGEX MATCHALL "void[ \t]+[A-Za-z0-9_]+[ \t]*\\(\\)" decls "${slots}")
  set(count 0)
  foreach(decl IN LISTS decls)
    string(REGEX REPLACE "void[ \t]+([A-Za-z0-9_]+).*" "\\1" fn "${decl}")
    if(fn MATCHES "^(initTestCase|cleanupTestCase|init|cleanup)$" OR fn MATCHES "_data$")
      continue()
    endif()
    add_test(NAME ${name}.${fn} COMMAND ${name} ${fn})
    set_tests_properties(${name}.${fn} PROPERTIES
      ENVIRONMENT "${environment}"
      ENVIRONMENT_MODIFICATION "${environment_modification}"
      TIMEOUT 300)
    math(EXPR count "${count}+1")
  endforeach()
  if(count EQUAL 0)
    message(FATAL_ERROR "${source}: no test slots found under 'private slots:'")
  endif()
endfunction()
