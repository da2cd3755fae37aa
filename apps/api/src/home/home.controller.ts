import type { HomeResponse } from '@koers/shared/home';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../auth/auth-context';
import { HomeService } from './home.service';

@ApiTags('me')
@Controller('me/home')
export class HomeController {
  constructor(private readonly homeService: HomeService) {}

  @Get()
  home(@Auth() auth: AuthContext): Promise<HomeResponse> {
    return this.homeService.whatNeedsMe(auth);
  }
}
