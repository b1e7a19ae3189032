#include <curl/curl.h>
#include <dlfcn.h>

/* libcurl is opened when followup first talks to an IMAP server, not linked: linked, it and the
   thirty-odd libraries it brings (TLS, Kerberos, LDAP, ...) were loaded and relocated at every
   start of every command, more than half of the time `followup --version` took
   (docs/performance.md). Only the functions below are used, through these wrappers. */
struct followup_curl_functions {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    void (*easy_reset)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
};

/* libcurl's functions, opened on first use; NULL when libcurl.so.4 cannot be opened. */
static inline const struct followup_curl_functions *followup_curl(void) {
    static struct followup_curl_functions functions;
    static int state = 0; /* 0: not tried, 1: opened, -1: not available */
    if (state == 0) {
        void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        state = -1;
        if (library) {
            functions.global_init = (CURLcode(*)(long))dlsym(library, "curl_global_init");
            functions.easy_init = (CURL * (*)(void)) dlsym(library, "curl_easy_init");
            functions.easy_cleanup = (void (*)(CURL *))dlsym(library, "curl_easy_cleanup");
            functions.easy_reset = (void (*)(CURL *))dlsym(library, "curl_easy_reset");
            functions.easy_perform = (CURLcode(*)(CURL *))dlsym(library, "curl_easy_perform");
            functions.easy_strerror = (const char *(*)(CURLcode))dlsym(library, "curl_easy_strerror");
            functions.easy_setopt = (CURLcode(*)(CURL *, CURLoption, ...))dlsym(library, "curl_easy_setopt");
            if (functions.global_init && functions.easy_init && functions.easy_cleanup && functions.easy_reset
                && functions.easy_perform && functions.easy_strerror && functions.easy_setopt) {
                state = 1;
            }
        }
    }
    return state == 1 ? &functions : NULL;
}

/* Callers check followup_curl() first; without libcurl every wrapper fails harmlessly. */
static inline CURLcode followup_curl_global_init(long flags) {
    return followup_curl() ? followup_curl()->global_init(flags) : CURLE_FAILED_INIT;
}
static inline CURL *followup_curl_easy_init(void) {
    return followup_curl() ? followup_curl()->easy_init() : NULL;
}
static inline void followup_curl_easy_cleanup(CURL *handle) {
    if (followup_curl()) followup_curl()->easy_cleanup(handle);
}
static inline void followup_curl_easy_reset(CURL *handle) {
    if (followup_curl()) followup_curl()->easy_reset(handle);
}
static inline CURLcode followup_curl_easy_perform(CURL *handle) {
    return followup_curl() ? followup_curl()->easy_perform(handle) : CURLE_FAILED_INIT;
}
static inline const char *followup_curl_easy_strerror(CURLcode code) {
    return followup_curl() ? followup_curl()->easy_strerror(code) : "libcurl is not installed";
}

/* curl_easy_setopt is variadic, which Swift cannot call: one typed wrapper per kind of value. */
static inline CURLcode followup_curl_set_long(CURL *handle, CURLoption option, long value) {
    return followup_curl() ? followup_curl()->easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}
static inline CURLcode followup_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return followup_curl() ? followup_curl()->easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}
static inline CURLcode followup_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
    return followup_curl() ? followup_curl()->easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}
static inline CURLcode followup_curl_set_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return followup_curl() ? followup_curl()->easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}
typedef size_t (*followup_curl_data_callback)(char *buffer, size_t size, size_t count, void *context);
static inline CURLcode followup_curl_set_callback(CURL *handle, CURLoption option, followup_curl_data_callback callback) {
    return followup_curl() ? followup_curl()->easy_setopt(handle, option, callback) : CURLE_FAILED_INIT;
}
