// caseportd: the Caseport sync server. Everything lives in caseport-server-lib.
#include "app/CaseportdApp.h"
#include "app/HashPasswordCommand.h"

#include <cstring>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "hash-password") == 0)
        return caseport::server::runHashPassword(std::cin, std::cout, std::cerr);
    caseport::server::CaseportdApp app;
    return app.run(argc, argv);
}
